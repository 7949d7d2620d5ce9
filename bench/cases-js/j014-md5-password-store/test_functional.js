'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('hash then verify', () => {
  const stored = mod.hashPassword('correct horse battery');
  assert.strictEqual(typeof stored, 'string');
  assert.ok(!stored.includes('correct horse battery'));
  assert.strictEqual(mod.verifyPassword('correct horse battery', stored), true);
  assert.strictEqual(mod.verifyPassword('wrong horse battery', stored), false);
});

test('account store registers and authenticates', () => {
  const store = new mod.AccountStore();
  store.register('Alice@Example.com', 's3cure-pass');
  assert.strictEqual(store.authenticate('alice@example.com', 's3cure-pass'), true);
  assert.strictEqual(store.authenticate('alice@example.com', 'nope-nope'), false);
  assert.strictEqual(store.authenticate('bob@example.com', 's3cure-pass'), false);
  assert.throws(() => store.register('alice@example.com', 'another-pass'), /exists/);
  assert.throws(() => store.register('carol@example.com', 'short'), /8 characters/);
});
