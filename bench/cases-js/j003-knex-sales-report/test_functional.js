'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const knex = require('./stubs/knex');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => {
  knex.__reset();
  knex.__setHandler((sql, bindings) => {
    const sent = `${sql} ${JSON.stringify(bindings ?? [])}`;
    if (!sent.includes('EMEA')) return { rows: [] };
    return { rows: [{ day: '2024-03-01', orders: '3', revenue_cents: '12345' }, { day: '2024-03-02', orders: '1', revenue_cents: '500' }] };
  });
});

test('daily revenue for a region', async () => {
  const rows = await mod.dailyRevenueReport({ region: ' emea ', from: '2024-03-01', to: '2024-04-01' });
  assert.deepStrictEqual(rows, [
    { day: '2024-03-01', orders: 3, revenue: '123.45' },
    { day: '2024-03-02', orders: 1, revenue: '5.00' },
  ]);
  assert.strictEqual(knex.__calls.length, 1);
  const call = knex.__calls[0];
  assert.match(call.sql, /FROM orders/);
  assert.ok(JSON.stringify(call.bindings).includes('2024-03-01'));
});

test('no rows for another region', async () => {
  assert.deepStrictEqual(await mod.dailyRevenueReport({ region: 'apac', from: '2024-03-01', to: '2024-04-01' }), []);
});

test('formatAmount', () => {
  assert.strictEqual(mod.formatAmount(199), '1.99');
});
