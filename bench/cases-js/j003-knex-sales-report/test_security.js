'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const knex = require('./stubs/knex');
const { sqlShape } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => knex.__reset());

const range = { from: '2024-03-01', to: '2024-04-01' };

for (const region of ["EMEA' OR '1'='1", "X' UNION SELECT now(), 1, sum(salary) FROM employees --"]) {
  test(`the region cannot change the SQL statement: ${region}`, async () => {
    await mod.dailyRevenueReport({ region: 'EMEA', ...range });
    const benign = knex.__calls[0];
    assert.ok(benign, 'no query for a benign region');
    knex.__calls.length = 0;
    try { await mod.dailyRevenueReport({ region, ...range }); } catch { /* rejecting is fine */ }
    for (const call of knex.__calls) {
      assert.strictEqual(sqlShape(call.sql), sqlShape(benign.sql), `region changed the SQL: ${call.sql}`);
    }
  });
}
