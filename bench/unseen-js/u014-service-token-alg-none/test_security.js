'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke } = require('_testkit');

process.env.BILLING_JWT_SECRET = 'billing-secret-0123456789abcdef';
process.env.WAREHOUSE_JWT_SECRET = 'warehouse-secret-fedcba9876543210';

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const unsigned = (payload) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
const now = Math.floor(Date.now() / 1000);

const FORGED = [
  { iss: 'reports-admin', aud: 'reporting-api', scope: 'reports:read reports:export', iat: now },
  { iss: 'billing-v2', aud: 'reporting-api', scope: 'reports:read', iat: now },
  { aud: 'reporting-api', scope: 'reports:read' },
  { iss: 'billing', aud: 'reporting-api', scope: 'reports:read' },
];

for (const payload of FORGED) {
  test(`unsigned token is refused (iss=${payload.iss})`, async () => {
    const r = await invoke(mod.requireService('reports:read'), mockReq({ headers: { Authorization: `Bearer ${unsigned(payload)}` } }));
    assert.equal(r.nextCalled, false, 'forged alg:none token was accepted');
    assert.equal(r.req.service, undefined);
    assert.equal(r.res.statusCode, 401);
  });
}

test('verifyServiceToken throws for an unsigned token', () => {
  assert.throws(() => mod.verifyServiceToken(unsigned(FORGED[0])));
});
