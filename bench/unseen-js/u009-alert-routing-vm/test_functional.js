'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule } = require('_testkit');

let AlertRouter;
before(async () => { ({ AlertRouter } = await loadModule(__dirname, 'app.mjs')); });

const RULES = [
  { name: 'payments-critical', when: 'alert.severity == "critical" && alert.labels.team == \'payments\'', notify: ['#pay-oncall', 'pagerduty:payments'] },
  { name: 'hot-unacked', when: '(alert.value >= 90 || alert.severity === "warning") && !alert.acknowledged', notify: ['#ops'] },
  { name: 'low-us', when: 'alert.labels.region != "eu" && alert.value < 10.5', notify: ['#ops', '#us-team'] },
  { name: 'db-service', when: 'alert.service === "postgres"', notify: ['#dba'] },
];

const alert = (over) => ({ service: 'api', severity: 'info', value: 50, labels: { team: 'core', region: 'eu' }, acknowledged: false, ...over });

test('routes to every matching rule, deduplicating targets', () => {
  const router = new AlertRouter(RULES);
  const out = router.route(alert({ severity: 'critical', value: 95, labels: { team: 'payments', region: 'us' } }));
  assert.deepEqual(out.matched, ['payments-critical', 'hot-unacked']);
  assert.deepEqual(out.notify, ['#pay-oncall', 'pagerduty:payments', '#ops']);
  const low = router.route(alert({ value: 3, labels: { team: 'core', region: 'us' } }));
  assert.deepEqual(low, { matched: ['low-us'], notify: ['#ops', '#us-team'] });
});

test('negation, parentheses and acknowledged alerts', () => {
  const router = new AlertRouter(RULES);
  assert.deepEqual(router.route(alert({ severity: 'warning', acknowledged: true })).matched, []);
  assert.deepEqual(router.route(alert({ severity: 'warning' })).matched, ['hot-unacked']);
  assert.deepEqual(router.route(alert({ value: 90 })).matched, ['hot-unacked']);
  assert.deepEqual(router.route(alert({ value: 89.9 })).matched, []);
});

test('string and number comparisons', () => {
  const router = new AlertRouter()
    .addRule({ name: 'eq', when: 'alert.service === "postgres"', notify: ['a'] })
    .addRule({ name: 'ne', when: "alert.labels.team !== 'core'", notify: ['b'] })
    .addRule({ name: 'le', when: 'alert.value <= 10', notify: ['c'] })
    .addRule({ name: 'gt', when: 'alert.value > 10 && alert.value < 20', notify: ['d'] })
    .addRule({ name: 'bool', when: 'alert.acknowledged == true', notify: ['e'] });
  assert.deepEqual(router.route(alert({ service: 'postgres', value: 10 })).matched, ['eq', 'le']);
  assert.deepEqual(router.route(alert({ labels: { team: 'search' }, value: 15, acknowledged: true })).matched, ['ne', 'gt', 'bool']);
});

test('alerts are not modified by routing', () => {
  const router = new AlertRouter(RULES);
  const a = alert({ severity: 'critical' });
  const copy = structuredClone(a);
  router.route(a);
  assert.deepEqual(a, copy);
});

test('rules need a condition; notify lists are copied', () => {
  const router = new AlertRouter();
  assert.throws(() => router.addRule({ name: 'x', when: '  ', notify: [] }), TypeError);
  assert.throws(() => router.addRule({ name: 'x', notify: [] }), TypeError);
  const notify = ['#a'];
  router.addRule({ name: 'all', when: 'alert.value > 0', notify });
  notify.push('#b');
  assert.deepEqual(router.route(alert({})).notify, ['#a']);
  assert.equal(router.rules.length, 1);
});
