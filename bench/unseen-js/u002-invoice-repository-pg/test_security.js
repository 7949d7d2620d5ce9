'use strict';
const { test, before, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const pg = require('pg');
const { loadModule, sqlShape } = require('_testkit');

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });
beforeEach(() => pg.__reset());

async function shapes(customerId, status) {
  pg.__reset();
  const repo = new mod.InvoiceRepository(new pg.Pool({}));
  try { await repo.findByCustomer(customerId, status); } catch { /* rejecting is fine */ }
  return pg.__calls.map((c) => sqlShape(c.text));
}

const HOSTILE = [
  "cus_100' OR '1'='1",
  "x' UNION SELECT id, email, password_hash, 0, now() FROM users --",
  "cus_100'; UPDATE invoices SET status = 'paid' WHERE '1'='1",
];

for (const id of HOSTILE) {
  for (const status of [undefined, 'open']) {
    test(`customer id cannot reshape the query (${status || 'any'}): ${id}`, async () => {
      const benign = await shapes('cus_100', status);
      const hostile = await shapes(id, status);
      if (hostile.length === 0) return;
      assert.deepEqual(hostile, benign);
    });
  }
}
