'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function capture() {
  const chunks = [];
  return { write: (s) => { chunks.push(String(s)); return true; }, text: () => chunks.join('') };
}

const check = async (u, p) => u === 'alice' && p === 'wonderland';

test('a failed login writes one WARN line with user and ip', async () => {
  const out = capture();
  const route = mod.createLoginRoute(new mod.AuditLogger(out), check);
  const { res } = await invoke(route, mockReq({ method: 'POST', body: { username: 'alice', password: 'x' }, ip: '203.0.113.7' }));
  assert.equal(res.statusCode, 401);
  const lines = out.text().split('\n').filter(Boolean);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^\d{4}-\d{2}-\d{2}T\S+Z WARN Login failed for user alice from 203\.0\.113\.7$/);
});

test('a successful login writes an INFO line', async () => {
  const out = capture();
  const route = mod.createLoginRoute(new mod.AuditLogger(out), check);
  const { res } = await invoke(route, mockReq({ method: 'POST', body: { username: 'alice', password: 'wonderland' }, ip: '198.51.100.2' }));
  assert.equal(res.statusCode, 200);
  assert.match(out.text(), / INFO Login succeeded for user alice from 198\.51\.100\.2\n$/);
});

test('ordinary punctuation in usernames is kept readable', () => {
  const out = capture();
  new mod.AuditLogger(out).loginAttempt('o.brien-smith@example.com', false, '10.0.0.1');
  assert.match(out.text(), /user o\.brien-smith@example\.com from 10\.0\.0\.1/);
});

test('log() writes timestamped lines', () => {
  const out = capture();
  new mod.AuditLogger(out).log('INFO', 'service started');
  assert.match(out.text(), /^\d{4}-\d{2}-\d{2}T[\d:.]+Z INFO service started\n$/);
});

test('createAuthRouter mounts POST /login', () => {
  const router = mod.createAuthRouter(new mod.AuditLogger(capture()), check);
  assert.ok(router.stack.some((r) => r.method === 'post' && r.path === '/login'));
});
