'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const mysql = require('mysql2/promise');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const ROWS = [
  { id: 1, name: 'Desk Lamp', price: '19.99', category: 'lighting' },
  { id: 2, name: 'Floor Lamp', price: '49.50', category: 'lighting' },
];

test.beforeEach(() => {
  mysql.__reset();
  mysql.__setHandler(() => ROWS);
});

/** Everything the statement carries: SQL text plus bound values. */
const seen = (c) => c.sql + ' ' + JSON.stringify(c.values);

test('searchProducts returns rows with numeric prices', async () => {
  const pool = mysql.createPool({});
  const out = await mod.searchProducts(pool, 'lamp');
  assert.deepEqual(out, [
    { id: 1, name: 'Desk Lamp', price: 19.99, category: 'lighting' },
    { id: 2, name: 'Floor Lamp', price: 49.5, category: 'lighting' },
  ]);
  assert.equal(mysql.__calls.length, 1);
  assert.match(mysql.__calls[0].sql, /\bproducts\b/i);
  assert.match(seen(mysql.__calls[0]), /lamp/);
});

test('category filter and limit reach the query', async () => {
  const pool = mysql.createPool({});
  await mod.searchProducts(pool, 'lamp', { category: 'lighting', limit: 5 });
  const c = mysql.__calls[0];
  assert.match(seen(c), /lighting/);
  assert.match(seen(c), /\b5\b/);
});

test('blank terms do not hit the database', async () => {
  const pool = mysql.createPool({});
  assert.deepEqual(await mod.searchProducts(pool, '   '), []);
  assert.equal(mysql.__calls.length, 0);
});

test('createPool returns a pool', () => {
  const pool = mod.createPool();
  assert.equal(typeof pool.query, 'function');
});
