'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const jwt = require('../stubs/jsonwebtoken');
const { makeReq, makeRes } = require('../testkit');

process.env.JWT_SECRET = 'test-only-secret-0123456789abcdef';
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function run(middleware, req) {
  const res = makeRes();
  let nextCalled = false;
  middleware(req, res, () => { nextCalled = true; });
  return { res, nextCalled };
}

test('valid token authenticates', () => {
  const req = makeReq({ headers: { authorization: `Bearer ${mod.issueToken({ id: 'u-9', role: 'admin' })}` } });
  const { nextCalled } = run(mod.authenticate, req);
  assert.ok(nextCalled);
  assert.deepStrictEqual(req.user, { id: 'u-9', role: 'admin' });
  assert.ok(run(mod.requireRole('admin'), req).nextCalled);
  assert.strictEqual(run(mod.requireRole('owner'), req).res.statusCode, 403);
});

test('missing or malformed header gives 401', () => {
  for (const authorization of [undefined, 'Basic abc', 'Bearer', 'Bearer not-a-jwt']) {
    const { res, nextCalled } = run(mod.authenticate, makeReq({ headers: authorization ? { authorization } : {} }));
    assert.strictEqual(nextCalled, false, String(authorization));
    assert.strictEqual(res.statusCode, 401);
  }
});

test('expired token gives 401', () => {
  const token = jwt.sign({ sub: 'u-9', role: 'admin', iat: 1000, exp: 2000 }, process.env.JWT_SECRET);
  assert.strictEqual(run(mod.authenticate, makeReq({ headers: { authorization: `Bearer ${token}` } })).nextCalled, false);
});

test('extractBearer', () => {
  assert.strictEqual(mod.extractBearer('Bearer abc'), 'abc');
  assert.strictEqual(mod.extractBearer('bearer abc'), null);
});
