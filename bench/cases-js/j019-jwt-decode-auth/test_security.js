'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const jwt = require('../stubs/jsonwebtoken');
const { makeReq, makeRes } = require('../testkit');

process.env.JWT_SECRET = 'test-only-secret-0123456789abcdef';
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const FORGED = {
  'signed with another key': jwt.sign({ sub: 'attacker', role: 'admin' }, 'attacker-chosen-key', { expiresIn: '1h' }),
  'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'attacker', role: 'admin' })}.`,
  'bad signature': `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'attacker', role: 'admin' })}.c2lnbmF0dXJl`,
};

for (const [name, token] of Object.entries(FORGED)) {
  test(`forged token is rejected: ${name}`, () => {
    const req = makeReq({ headers: { authorization: `Bearer ${token}` } });
    const res = makeRes();
    let nextCalled = false;
    try { mod.authenticate(req, res, () => { nextCalled = true; }); } catch { /* rejecting is fine */ }
    assert.strictEqual(nextCalled, false, 'forged token was accepted');
    assert.ok(!req.user || req.user.role !== 'admin', 'attacker became admin');
  });
}
