'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const path = require('node:path');

process.env.NOTES_ENCRYPTION_KEY = '00112233445566778899aabbccddeeff';
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('equal plaintext blocks do not give equal ciphertext blocks (no ECB)', () => {
  const stored = Buffer.from(mod.encryptNote('A'.repeat(64)), 'base64');
  const blocks = new Set();
  for (let i = 0; i + 16 <= stored.length; i += 16) blocks.add(stored.subarray(i, i + 16).toString('hex'));
  assert.strictEqual(blocks.size, Math.floor(stored.length / 16), 'repeated ciphertext blocks reveal repeated plaintext');
});

test('encrypting the same note twice gives different ciphertexts', () => {
  assert.notStrictEqual(mod.encryptNote('same note'), mod.encryptNote('same note'));
});

test('no ECB mode, DES, 3DES or RC4 cipher is created', (t) => {
  const used = [];
  const original = crypto.createCipheriv;
  t.mock.method(crypto, 'createCipheriv', function (alg, ...rest) {
    used.push(String(alg).toLowerCase());
    return original.call(this, alg, ...rest);
  });
  mod.encryptNote('hello');
  assert.ok(!used.some((a) => /ecb|des|rc4|^bf|blowfish/.test(a)), `weak cipher used: ${used}`);
});
