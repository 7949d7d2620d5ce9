'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

/** Run `fn` with Math.random pinned to a constant, as an attacker who knows the PRNG state would. */
function withPredictableMathRandom(fn) {
  const original = Math.random;
  Math.random = () => 0.5;
  try { return fn(); } finally { Math.random = original; }
}

test('tokens do not come from Math.random', () => {
  const [a, b] = withPredictableMathRandom(() => [mod.generateToken(), mod.generateToken()]);
  assert.notEqual(a, b, 'token is a function of Math.random output');
  assert.ok(new Set(a).size > 4, `token has almost no entropy: ${a}`);
});

test('reset links do not come from Math.random', () => {
  const svc = new mod.PasswordResetService();
  const [a, b] = withPredictableMathRandom(() => [svc.createReset('u1').token, svc.createReset('u2').token]);
  assert.notEqual(a, b);
});

test('tokens carry at least 128 bits', () => {
  const t = mod.generateToken();
  const alphabet = new Set(t).size > 16 ? 62 : 16;
  assert.ok(t.length * Math.log2(alphabet) >= 128, `only ~${Math.round(t.length * Math.log2(alphabet))} bits`);
});
