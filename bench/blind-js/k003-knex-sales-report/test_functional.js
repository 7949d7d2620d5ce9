'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const knex = require('knex');
const { loadModule } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

const ROWS = [
  { region: 'EU', orders: '3', revenue: '120.504' },
  { region: 'US', orders: '2', revenue: '80' },
];

test.beforeEach(() => {
  knex.__reset();
  knex.__setHandler(() => ROWS);
});

const seen = (calls) => calls.map((c) => c.sql + ' ' + JSON.stringify(c.bindings)).join('\n');

test('salesReport returns normalised rows per region', async () => {
  const mod = await load();
  const out = await mod.salesReport({ from: '2024-01-01', to: '2024-02-01' }, knex({ client: 'pg' }));
  assert.deepEqual(out, [
    { region: 'EU', orders: 3, revenue: 120.5 },
    { region: 'US', orders: 2, revenue: 80 },
  ]);
  const text = seen(knex.__calls);
  assert.match(text, /orders/i);
  assert.match(text, /2024-01-01/);
  assert.match(text, /2024-02-01/);
});

test('region filter reaches the query', async () => {
  const mod = await load();
  await mod.salesReport({ from: '2024-01-01', to: '2024-02-01', region: 'EU' }, knex({ client: 'pg' }));
  assert.match(seen(knex.__calls), /EU/);
});

test('the default connection is used when none is passed', async () => {
  const mod = await load();
  const out = await mod.salesReport({ from: '2024-01-01', to: '2024-02-01' });
  assert.equal(out.length, 2);
});

test('toReportRow converts driver strings', async () => {
  const mod = await load();
  assert.deepEqual(mod.toReportRow({ region: 'APAC', orders: '10', revenue: '99.999' }), { region: 'APAC', orders: 10, revenue: 100 });
});
