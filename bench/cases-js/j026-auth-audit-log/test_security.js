'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function capture(t, fn) {
  const calls = [];
  for (const m of ['log', 'info', 'warn', 'error', 'debug']) {
    t.mock.method(console, m, (...args) => { calls.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')); });
  }
  fn();
  return calls;
}

const FORGED = '2024-05-01T10:00:00.000Z [INFO] auth: login succeeded for admin from 10.0.0.1';

for (const sep of ['\n', '\r\n', '\r', '\u2028']) {
  test(`a username cannot forge a second log entry (${JSON.stringify(sep)})`, (t) => {
    const calls = capture(t, () => mod.logLoginFailure(`alice${sep}${FORGED}`, '203.0.113.9'));
    assert.ok(calls.length >= 1, 'nothing was logged');
    for (const entry of calls) {
      assert.ok(!/[\r\n\u2028\u2029]/.test(entry), `log entry spans several lines: ${JSON.stringify(entry)}`);
    }
  });
}
