'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { installFakeChildProcess, makeReq, makeRes, withTimeout } = require('../testkit');

// No real ping runs: every child_process call is recorded and answered here.
const fake = installFakeChildProcess((call) => (call.text.includes('unreachable.example')
  ? { code: 1, stderr: 'ping: unknown host' }
  : { stdout: '64 bytes from 93.184.216.34: icmp_seq=1 ttl=56 time=12.3 ms\n' }));
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => fake.reset());

test('reachable host reports latency', async () => {
  const res = makeRes();
  await mod.pingRoute(makeReq({ query: { host: 'example.com' } }), res);
  await withTimeout(res.done);
  assert.strictEqual(res.statusCode, 200);
  assert.deepStrictEqual(res.data, { host: 'example.com', reachable: true, latencyMs: 12.3 });
  assert.strictEqual(fake.calls.length, 1);
  assert.match(fake.calls[0].text, /ping/);
  assert.match(fake.calls[0].text, /example\.com/);
});

test('IP addresses are accepted', async () => {
  const res = makeRes();
  await mod.pingRoute(makeReq({ query: { host: '10.1.2.3' } }), res);
  await withTimeout(res.done);
  assert.strictEqual(res.data.reachable, true);
});

test('unreachable host', async () => {
  const res = makeRes();
  await mod.pingRoute(makeReq({ query: { host: 'unreachable.example' } }), res);
  await withTimeout(res.done);
  assert.deepStrictEqual(res.data, { host: 'unreachable.example', reachable: false, latencyMs: null });
});

test('missing host gives 400', async () => {
  const res = makeRes();
  await mod.pingRoute(makeReq({ query: {} }), res);
  await withTimeout(res.done);
  assert.strictEqual(res.statusCode, 400);
});

test('parseLatency', () => {
  assert.strictEqual(mod.parseLatency('time<1 ms'), 1);
  assert.strictEqual(mod.parseLatency('nothing'), null);
});
