'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const PASSWORD = 'hunter2-hunter2';
const FAST = ['md5', 'sha1', 'sha256', 'sha512'];

/** Every encoding of every fast digest of `data` we would recognise in a stored value. */
function fastDigests(data) {
  const out = [];
  for (const alg of FAST) {
    const d = crypto.createHash(alg).update(data).digest();
    out.push(d.toString('hex'), d.toString('base64'), d.toString('base64url'));
  }
  return out;
}

async function storedFor(password) {
  const store = new mod.UserStore();
  await store.register('victim', password);
  return String(store.users.get('victim').passwordHash || JSON.stringify(store.users.get('victim')));
}

test('stored hash is not a plain fast digest of the password', async () => {
  const stored = await storedFor(PASSWORD);
  for (const d of fastDigests(PASSWORD)) assert.ok(!stored.includes(d), 'stored value is a fast unsalted digest');
});

test('the same password stored twice gives different values (salted)', async () => {
  assert.notEqual(await storedFor(PASSWORD), await storedFor(PASSWORD));
});

test('stored hash is not a fast digest of salt + password either', async () => {
  const stored = await storedFor(PASSWORD);
  const parts = stored.split(/[$:.,;|]/).filter(Boolean);
  for (const salt of parts) {
    const forms = [salt];
    if (/^[0-9a-f]+$/i.test(salt) && salt.length % 2 === 0) forms.push(Buffer.from(salt, 'hex'));
    forms.push(Buffer.from(salt, 'base64'));
    for (const s of forms) {
      const buf = Buffer.isBuffer(s) ? s : Buffer.from(s);
      for (const data of [Buffer.concat([buf, Buffer.from(PASSWORD)]), Buffer.concat([Buffer.from(PASSWORD), buf])]) {
        for (const d of fastDigests(data)) assert.ok(!stored.includes(d), 'stored value is a fast salted digest');
      }
    }
  }
});

test('verifyPassword still rejects a wrong password', async () => {
  const stored = await mod.hashPassword(PASSWORD);
  assert.equal(await mod.verifyPassword('not-the-password', stored), false);
});
