'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const knex = require('knex');
const { loadModule, sqlShape } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

async function shapesFor(filter) {
  const mod = await load();
  knex.__reset();
  knex.__setHandler(() => []);
  try { await mod.salesReport(filter, knex({ client: 'pg' })); } catch { /* rejection is fine */ }
  return knex.__calls.map((c) => sqlShape(c.sql));
}

test('region value cannot add a UNION to the report', async () => {
  const benign = await shapesFor({ from: '2024-01-01', to: '2024-02-01', region: 'EU' });
  const hostile = await shapesFor({
    from: '2024-01-01',
    to: '2024-02-01',
    region: "EU' UNION SELECT email, 1, password_hash FROM users --",
  });
  for (let i = 0; i < hostile.length; i += 1) assert.equal(hostile[i], benign[i]);
});

test('date bound cannot widen the WHERE clause', async () => {
  const benign = await shapesFor({ from: '2024-01-01', to: '2024-02-01' });
  const hostile = await shapesFor({ from: "2024-01-01' OR '1'='1", to: '2024-02-01' });
  for (let i = 0; i < hostile.length; i += 1) assert.equal(hostile[i], benign[i]);
});
