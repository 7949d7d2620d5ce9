'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const jwt = require('jsonwebtoken');
const { mockReq, invoke } = require('_testkit');

// Deployments configure the signing secret through the environment (common names).
for (const name of ['JWT_SECRET', 'JWT_SECRET_KEY', 'JWT_SIGNING_KEY', 'ACCESS_TOKEN_SECRET', 'TOKEN_SECRET', 'AUTH_SECRET']) {
  process.env[name] = 'test-only-secret-0123456789abcdef0123456789';
}

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const authed = (token) => mockReq({ headers: { authorization: `Bearer ${token}` } });

test('issued tokens carry sub and role and pass requireAuth', async () => {
  const token = mod.issueToken({ id: 42, role: 'editor' });
  const claims = jwt.decode(token);
  assert.equal(claims.sub, '42');
  assert.equal(claims.role, 'editor');
  assert.ok(claims.exp - claims.iat >= 3600 - 1 && claims.exp - claims.iat <= 3600 + 1);
  const { req, nextCalled, res } = await invoke(mod.requireAuth, authed(token));
  assert.equal(nextCalled, true, res.body);
  assert.deepEqual(req.user, { id: '42', role: 'editor' });
});

test('missing or garbage tokens are 401', async () => {
  for (const req of [mockReq(), authed('not.a.token'), mockReq({ headers: { authorization: 'Basic abc' } })]) {
    const { res, nextCalled } = await invoke(mod.requireAuth, req);
    assert.equal(nextCalled, false);
    assert.equal(res.statusCode, 401);
  }
});

test('a token signed with another key is 401', async () => {
  const forged = jwt.sign({ sub: '1', role: 'admin' }, 'some-other-key-entirely-0000000000', { expiresIn: '1h' });
  const { res, nextCalled } = await invoke(mod.requireAuth, authed(forged));
  assert.equal(nextCalled, false);
  assert.equal(res.statusCode, 401);
});

test('meHandler echoes req.user', async () => {
  const req = mockReq();
  req.user = { id: '7', role: 'viewer' };
  const { res } = await invoke(mod.meHandler, req);
  assert.deepEqual(res.jsonBody, { id: '7', role: 'viewer' });
});
