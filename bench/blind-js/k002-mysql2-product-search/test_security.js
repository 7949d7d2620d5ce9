'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const mysql = require('mysql2/promise');
const { sqlShape } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function shapesFor(term, options) {
  mysql.__reset();
  mysql.__setHandler(() => []);
  try { await mod.searchProducts(mysql.createPool({}), term, options); } catch { /* rejection is fine */ }
  return mysql.__calls.map((c) => sqlShape(c.sql));
}

test('a quote in the search term cannot rewrite the statement', async () => {
  const [benign] = await shapesFor('lamp');
  for (const payload of ["lamp%' OR '1'='1", "x%' UNION SELECT id, email, password, 1 FROM users -- "]) {
    for (const shape of await shapesFor(payload)) assert.equal(shape, benign, payload);
  }
});

test('a quote in the category cannot rewrite the statement', async () => {
  const [benign] = await shapesFor('lamp', { category: 'lighting' });
  const payload = "lighting' OR category <> 'x";
  for (const shape of await shapesFor('lamp', { category: payload })) assert.equal(shape, benign);
});
