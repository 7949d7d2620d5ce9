'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

test('tokens do not come from Math.random', (t) => {
  let calls = 0;
  t.mock.method(Math, 'random', () => { calls += 1; return 0.123456789; });
  const svc = new mod.PasswordResetService();
  const a = svc.createToken('victim').token;
  const b = svc.createToken('victim').token;
  assert.strictEqual(calls, 0, 'Math.random was used to make a reset token');
  assert.notStrictEqual(a, b, 'token is predictable when Math.random is fixed');
});

test('tokens carry at least 128 bits', () => {
  const token = mod.generateToken();
  // base64url / hex / base36 alphabets: log2(alphabet) bits per character.
  const alphabet = /^[0-9a-f]+$/.test(token) ? 16 : /^[0-9a-z]+$/.test(token) ? 36 : 64;
  assert.ok(token.length * Math.log2(alphabet) >= 128, `token too short: ${token}`);
});
