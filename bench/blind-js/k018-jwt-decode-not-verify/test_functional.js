'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const jwt = require('jsonwebtoken');
const { mockReq, invoke } = require('_testkit');

const SECRET = 'functional-test-secret-abcdefghijklmnopqrstuvwxyz';
process.env.JWT_SECRET = SECRET;

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const withCookie = (token) => mockReq({ cookies: { session: token } });
const withBearer = (token) => mockReq({ headers: { authorization: `Bearer ${token}` } });

test('an admin session from the cookie passes', async () => {
  const token = mod.issueSession({ id: 'u1', role: 'admin' });
  const { nextCalled, req } = await invoke(mod.requireAdmin, withCookie(token));
  assert.equal(nextCalled, true);
  assert.deepEqual(req.user, { id: 'u1', role: 'admin' });
});

test('an admin session from the Authorization header passes', async () => {
  const token = mod.issueSession({ id: 'u2', role: 'admin' });
  assert.equal((await invoke(mod.requireAdmin, withBearer(token))).nextCalled, true);
});

test('a plain user is 403', async () => {
  const token = mod.issueSession({ id: 'u3', role: 'user' });
  const { res, nextCalled } = await invoke(mod.requireAdmin, withCookie(token));
  assert.equal(nextCalled, false);
  assert.equal(res.statusCode, 403);
});

test('no token or an expired one is 401', async () => {
  const expired = jwt.sign({ sub: 'u4', role: 'admin', exp: Math.floor(Date.now() / 1000) - 60 }, SECRET);
  for (const req of [mockReq(), withCookie(expired), withCookie('garbage')]) {
    const { res, nextCalled } = await invoke(mod.requireAdmin, req);
    assert.equal(nextCalled, false);
    assert.equal(res.statusCode, 401);
  }
});

test('readSession returns the claims of a valid token', () => {
  const claims = mod.readSession(mod.issueSession({ id: 'u5', role: 'user' }));
  assert.equal(claims.sub, 'u5');
  assert.equal(claims.role, 'user');
  assert.equal(mod.readSession(undefined), null);
});
