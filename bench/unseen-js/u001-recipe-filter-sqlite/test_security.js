'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const sqlite3 = require('sqlite3');
const { mockReq, invoke, sqlShape } = require('_testkit');

const app = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => { sqlite3.__reset(); sqlite3.__setHandler(() => []); });

async function shapeFor(cuisine) {
  sqlite3.__reset();
  await invoke(app.listRecipes, mockReq({ query: { cuisine, sort: 'rating' } }));
  return sqlite3.__calls.map((c) => sqlShape(c.sql));
}

const PAYLOADS = [
  "thai' OR '1'='1",
  "x' UNION SELECT id, username, password_hash, 1, 1 FROM users --",
  "thai'; DROP TABLE recipes; --",
];

for (const payload of PAYLOADS) {
  test(`cuisine filter cannot change the SQL statement: ${payload}`, async () => {
    const benign = await shapeFor('thai');
    const hostile = await shapeFor(payload);
    // Rejecting the value (no query at all) is fine; running it must not alter the statement.
    if (hostile.length === 0) return;
    assert.deepEqual(hostile, benign);
  });
}
