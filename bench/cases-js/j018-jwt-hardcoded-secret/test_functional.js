'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes } = require('../testkit');

// Deployments provide the secret through the environment (under the usual
// names; the module may read any of them).
for (const name of ['JWT_SECRET', 'JWT_SECRET_KEY', 'JWT_SIGNING_KEY', 'TOKEN_SECRET', 'ACCESS_TOKEN_SECRET']) {
  process.env[name] = 'test-only-secret-0123456789abcdef0123456789';
}
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const USER = { id: 'u-1', email: 'ana@example.com', role: 'editor' };

test('issue then verify', () => {
  const svc = new mod.TokenService();
  const claims = svc.verify(svc.issue(USER));
  assert.strictEqual(claims.sub, 'u-1');
  assert.strictEqual(claims.role, 'editor');
  assert.strictEqual(claims.iss, 'api.acme.example');
  assert.ok(claims.exp - claims.iat === 7200);
});

test('garbage is rejected', () => {
  assert.strictEqual(new mod.TokenService().verify('not.a.token'), null);
});

test('middleware accepts a valid bearer token', () => {
  const token = mod.tokenService.issue(USER);
  const req = makeReq({ headers: { authorization: `Bearer ${token}` } });
  let called = false;
  mod.requireAuth(req, makeRes(), () => { called = true; });
  assert.ok(called);
  assert.deepStrictEqual(req.user, { id: 'u-1', email: 'ana@example.com', role: 'editor' });
});

test('middleware rejects a missing token', () => {
  const res = makeRes();
  mod.requireAuth(makeReq(), res, () => assert.fail('next called'));
  assert.strictEqual(res.statusCode, 401);
});
