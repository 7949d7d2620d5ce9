'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

/** Runs fn while capturing everything written through console.*. */
function capture(t, fn) {
  const lines = [];
  for (const m of ['log', 'info', 'warn', 'error', 'debug']) {
    t.mock.method(console, m, (...args) => { lines.push(args.map(String).join(' ')); });
  }
  fn();
  return lines.join('\n');
}

test('failed login is logged with user and address', (t) => {
  const out = capture(t, () => mod.logLoginFailure('alice', '10.0.0.8'));
  assert.strictEqual(out.split('\n').length, 1, 'one line per event');
  assert.match(out, /^\d{4}-\d\d-\d\dT[\d:.]+Z \[WARN\] auth: login failed for /);
  assert.ok(out.includes('alice') && out.includes('10.0.0.8'), out);
});

test('successful login is logged', (t) => {
  const out = capture(t, () => mod.logLoginSuccess('bob.smith@example.com', '2001:db8::1'));
  assert.match(out, /\[INFO\] auth: login succeeded for /);
  assert.ok(out.includes('bob.smith@example.com') && out.includes('2001:db8::1'), out);
});

test('logger uses the injected clock and service', (t) => {
  const logger = new mod.AuditLogger({ service: 'billing', clock: () => new Date('2024-01-02T03:04:05Z') });
  const out = capture(t, () => logger.info('invoice sent'));
  assert.strictEqual(out, '2024-01-02T03:04:05.000Z [INFO] billing: invoice sent');
});
