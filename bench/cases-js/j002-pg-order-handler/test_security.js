'use strict';
const { test, before, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const pg = require('../stubs/pg.js');
const { makeReq, makeRes, withTimeout, sqlShape } = require('../testkit');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

beforeEach(() => {
  pg.__reset();
  pg.__setHandler((text) => (/FROM orders/.test(text) ? { rows: [{ id: 42, customer_id: 3, status: 'paid', total_cents: 10 }] } : { rows: [] }));
});

async function ordersQueries(id) {
  pg.__calls.length = 0;
  const res = makeRes();
  await mod.getOrderHandler(makeReq({ params: { id } }), res);
  await withTimeout(res.done);
  return pg.__calls.filter((c) => /FROM orders/.test(c.text));
}

for (const payload of ['42 OR 1=1', "42; DELETE FROM orders", "0 UNION SELECT id, email, password_hash, 0 FROM users"]) {
  test(`the order id cannot change the SQL statement: ${payload}`, async () => {
    const [benign] = await ordersQueries('42');
    assert.ok(benign, 'no orders query for a benign id');
    for (const call of await ordersQueries(payload)) {
      assert.strictEqual(sqlShape(call.text), sqlShape(benign.text), `id changed the SQL: ${call.text}`);
    }
  });
}
