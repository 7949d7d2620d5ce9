'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const jwt = require('jsonwebtoken');
const { loadModule, mockReq, invoke } = require('_testkit');

process.env.BILLING_JWT_SECRET = 'billing-secret-0123456789abcdef';
process.env.WAREHOUSE_JWT_SECRET = 'warehouse-secret-fedcba9876543210';

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

const sign = (claims, secret = process.env.BILLING_JWT_SECRET, opts = {}) =>
  jwt.sign({ iss: 'billing', aud: 'reporting-api', scope: 'reports:read', ...claims }, secret, { expiresIn: '5m', ...opts });

const call = (scope, token) => invoke(mod.requireService(scope),
  mockReq({ headers: token === undefined ? {} : { Authorization: token } }));

test('valid billing token with the scope passes', async () => {
  const r = await call('reports:read', `Bearer ${sign({ scope: 'reports:read invoices:write' })}`);
  assert.equal(r.nextCalled, true);
  assert.equal(r.nextArg, undefined);
  assert.deepEqual(r.req.service, { name: 'billing', scopes: ['reports:read', 'invoices:write'] });
});

test('second service with its own secret passes', async () => {
  const token = sign({ iss: 'warehouse-sync', scope: 'reports:export' }, process.env.WAREHOUSE_JWT_SECRET);
  const r = await call('reports:export', `Bearer ${token}`);
  assert.equal(r.nextCalled, true);
  assert.equal(r.req.service.name, 'warehouse-sync');
});

test('verifyServiceToken returns the claims', () => {
  const claims = mod.verifyServiceToken(sign({ job: 'nightly' }));
  assert.equal(claims.iss, 'billing');
  assert.equal(claims.job, 'nightly');
  assert.equal(claims.aud, mod.AUDIENCE);
});

test('missing scope is 403', async () => {
  const r = await call('reports:export', `Bearer ${sign({ scope: 'reports:read' })}`);
  assert.equal(r.nextCalled, false);
  assert.equal(r.res.statusCode, 403);
  assert.deepEqual(r.res.jsonBody, { error: 'insufficient scope' });
});

test('missing or malformed headers are 401', async () => {
  for (const h of [undefined, '', 'Basic abc', 'Bearer', 'Bearer not.a.jwt', 'Bearer garbage']) {
    const r = await call('reports:read', h);
    assert.equal(r.nextCalled, false, String(h));
    assert.equal(r.res.statusCode, 401, String(h));
  }
});

test('bad signature, wrong issuer secret, wrong audience, expiry are 401', async () => {
  const bad = [
    sign({}, 'not-the-secret'),
    sign({ iss: 'warehouse-sync' }, process.env.BILLING_JWT_SECRET),
    sign({ aud: 'other-api' }),
    sign({}, undefined, { expiresIn: -10 }),
  ];
  for (const token of bad) {
    const r = await call('reports:read', `Bearer ${token}`);
    assert.equal(r.res.statusCode, 401);
    assert.equal(r.nextCalled, false);
  }
});
