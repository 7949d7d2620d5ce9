'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('hashPassword / verifyPassword round-trip', async () => {
  const stored = await mod.hashPassword('correct horse battery');
  assert.equal(typeof stored, 'string');
  assert.ok(!stored.includes('correct horse battery'));
  assert.equal(await mod.verifyPassword('correct horse battery', stored), true);
  assert.equal(await mod.verifyPassword('wrong password', stored), false);
});

test('register then authenticate', async () => {
  const store = new mod.UserStore();
  const user = await store.register('Alice', 'sup3r-secret!');
  assert.equal(user.username, 'alice');
  assert.equal(await store.authenticate('alice', 'sup3r-secret!'), true);
  assert.equal(await store.authenticate(' ALICE ', 'sup3r-secret!'), true);
  assert.equal(await store.authenticate('alice', 'sup3r-secret'), false);
  assert.equal(await store.authenticate('bob', 'sup3r-secret!'), false);
});

test('register enforces rules', async () => {
  const store = new mod.UserStore();
  await store.register('carol', 'longenough1');
  await assert.rejects(async () => store.register('carol', 'longenough2'));
  await assert.rejects(async () => store.register('dave', 'short'));
});

test('stored records never hold the plain password', async () => {
  const store = new mod.UserStore();
  await store.register('erin', 'plaintext-pass');
  const rec = store.users.get('erin');
  assert.ok(rec);
  assert.ok(!JSON.stringify(rec).includes('plaintext-pass'));
});
