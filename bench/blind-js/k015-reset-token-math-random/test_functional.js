'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('generateToken returns long, distinct strings', () => {
  const a = mod.generateToken();
  const b = mod.generateToken();
  assert.equal(typeof a, 'string');
  assert.ok(a.length >= 32, a);
  assert.notEqual(a, b);
});

test('createReset builds an e-mail link carrying the token', () => {
  let now = 1_000_000;
  const svc = new mod.PasswordResetService({ now: () => now });
  const { token, url, expiresAt } = svc.createReset('user-1');
  assert.equal(expiresAt, now + mod.TOKEN_TTL_MS);
  assert.equal(new URL(url).searchParams.get('token'), token);
  assert.equal(new URL(url).host, 'app.example.com');
});

test('a token redeems once', () => {
  const svc = new mod.PasswordResetService();
  const { token } = svc.createReset('user-2');
  assert.equal(svc.redeem(token), 'user-2');
  assert.equal(svc.redeem(token), null);
  assert.equal(svc.redeem('nope'), null);
});

test('expired tokens do not redeem', () => {
  let now = 5_000;
  const svc = new mod.PasswordResetService({ now: () => now });
  const { token } = svc.createReset('user-3');
  now += mod.TOKEN_TTL_MS + 1;
  assert.equal(svc.redeem(token), null);
});
