'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const jwt = require('jsonwebtoken');
const { mockReq, invoke } = require('_testkit');

process.env.JWT_SECRET = 'security-test-secret-abcdefghijklmnopqrstuvwxyz';

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const exp = () => Math.floor(Date.now() / 1000) + 600;

async function admitted(token) {
  const { nextCalled } = await invoke(mod.requireAdmin, mockReq({ cookies: { session: token } }));
  return nextCalled;
}

test('an unsigned alg=none token is not accepted', async () => {
  const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'attacker', role: 'admin', exp: exp() })}.`;
  assert.equal(await admitted(token), false);
});

test('a token signed with the attacker\'s own key is not accepted', async () => {
  const token = jwt.sign({ sub: 'attacker', role: 'admin' }, 'attacker-chosen-key', { expiresIn: 600 });
  assert.equal(await admitted(token), false);
});

test('a genuine user token with the role edited is not accepted', async () => {
  const real = mod.issueSession({ id: 'u9', role: 'user' });
  const [h, , s] = real.split('.');
  const tampered = `${h}.${b64({ sub: 'u9', role: 'admin', exp: exp() })}.${s}`;
  assert.equal(await admitted(tampered), false);
});
