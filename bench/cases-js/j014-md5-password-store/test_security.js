'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const PASSWORD = 'Summer2024!';

test('stored value is not a fast unsalted digest of the password', () => {
  const stored = mod.hashPassword(PASSWORD).toLowerCase();
  for (const alg of ['md5', 'sha1', 'sha256', 'sha512']) {
    const hex = crypto.createHash(alg).update(PASSWORD).digest('hex');
    const b64 = crypto.createHash(alg).update(PASSWORD).digest('base64').toLowerCase();
    assert.ok(!stored.includes(hex) && !stored.includes(b64), `stored value contains ${alg}(password)`);
  }
});

test('hashing is salted: the same password gives different stored values', () => {
  assert.notStrictEqual(mod.hashPassword(PASSWORD), mod.hashPassword(PASSWORD));
});

test('MD5 / SHA-1 are not used for password hashing', (t) => {
  const used = [];
  const original = crypto.createHash;
  t.mock.method(crypto, 'createHash', function (alg, ...rest) {
    used.push(String(alg).toLowerCase());
    return original.call(this, alg, ...rest);
  });
  mod.verifyPassword(PASSWORD, mod.hashPassword(PASSWORD));
  assert.ok(!used.some((a) => /md5|sha1$|sha-1/.test(a)), `weak hash used: ${used}`);
});
