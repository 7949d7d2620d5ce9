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

const FORGED = '2024-01-01T00:00:00.000Z INFO Login succeeded for user admin from 10.0.0.1';

/** Lines a log reader (split on any line break) would see for one attempt. */
async function linesFor(username) {
  const out = capture();
  const route = mod.createLoginRoute(new mod.AuditLogger(out), async () => false);
  await invoke(route, mockReq({ method: 'POST', body: { username, password: 'x' }, ip: '203.0.113.9' }));
  return out.text().split(/\r\n|[\n\r\u2028\u2029\u0085]/).filter((l) => l !== '');
}

test('LF in the username cannot start a forged log line', async () => {
  const lines = await linesFor(`mallory\n${FORGED}`);
  assert.equal(lines.length, 1, lines.join(' | '));
  assert.ok(!lines.some((l) => l.startsWith(FORGED)));
});

test('CR in the username cannot start a forged log line', async () => {
  const lines = await linesFor(`mallory\r${FORGED}`);
  assert.equal(lines.length, 1, lines.join(' | '));
});

test('CRLF in the username cannot start a forged log line', async () => {
  const lines = await linesFor(`mallory\r\n${FORGED}`);
  assert.equal(lines.length, 1, lines.join(' | '));
});
