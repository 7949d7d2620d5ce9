'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

test('token can be consumed once', () => {
  const svc = new mod.PasswordResetService();
  const { token, expiresAt } = svc.createToken('user-1');
  assert.strictEqual(typeof token, 'string');
  assert.ok(token.length >= 16);
  assert.ok(expiresAt > Date.now());
  assert.strictEqual(svc.consume(token), 'user-1');
  assert.strictEqual(svc.consume(token), null);
});

test('expired tokens are refused', () => {
  let now = 1_000_000;
  const svc = new mod.PasswordResetService({ now: () => now });
  const { token } = svc.createToken('user-2');
  now += mod.RESET_TOKEN_TTL_MS + 1;
  assert.strictEqual(svc.consume(token), null);
});

test('reset link carries a URL-safe token', () => {
  const svc = new mod.PasswordResetService();
  const link = svc.createResetLink('https://app.example.com', 'user-3');
  const url = new URL(link);
  assert.strictEqual(url.pathname, '/reset-password');
  assert.strictEqual(svc.consume(url.searchParams.get('token')), 'user-3');
});

test('tokens differ', () => {
  assert.notStrictEqual(mod.generateToken(), mod.generateToken());
});
