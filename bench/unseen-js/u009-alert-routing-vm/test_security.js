'use strict';
const { test, before, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule } = require('_testkit');

let AlertRouter;
before(async () => { ({ AlertRouter } = await loadModule(__dirname, 'app.mjs')); });
afterEach(() => { delete globalThis.__u009; });

const sample = { service: 'api', severity: 'critical', value: 99, labels: { team: 'x' } };

function tryRoute(when) {
  const router = new AlertRouter([{ name: 'evil', when, notify: ['#x'] }]);
  try { router.route(sample); } catch { /* refusing the rule is fine */ }
}

test('a rule cannot reach the host realm through constructors', () => {
  tryRoute('this.constructor.constructor("globalThis.__u009 = 1")()');
  assert.equal(globalThis.__u009, undefined);
});

test('a rule cannot reach the host realm through the alert object', () => {
  tryRoute('alert.constructor.constructor("globalThis.__u009 = 2")() || true');
  assert.equal(globalThis.__u009, undefined);
});

test('a rule cannot get at process', () => {
  delete process.env.U009_OWNED;
  tryRoute('this.constructor.constructor("return process")().env.U009_OWNED = "1"');
  assert.equal(process.env.U009_OWNED, undefined);
});
