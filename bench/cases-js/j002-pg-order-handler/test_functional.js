'use strict';
const { test, before, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const pg = require('../stubs/pg.js');
const { makeReq, makeRes, withTimeout } = require('../testkit');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

beforeEach(() => {
  pg.__reset();
  // One order (id 42) exists; the fake database answers by the id that reached it.
  pg.__setHandler((text, values) => {
    const sent = `${text} ${JSON.stringify(values ?? [])}`;
    if (/FROM orders/.test(text)) {
      return /\b42\b/.test(sent) ? { rows: [{ id: 42, customer_id: 3, status: 'shipped', total_cents: 1999 }] } : { rows: [] };
    }
    if (/FROM order_items/.test(text)) return { rows: [{ sku: 'A-1', quantity: 2, price_cents: 500 }] };
    return { rows: [] };
  });
});

test('returns the order with its items', async () => {
  const res = makeRes();
  await mod.getOrderHandler(makeReq({ params: { id: '42' } }), res);
  await withTimeout(res.done);
  assert.strictEqual(res.statusCode, 200);
  assert.deepStrictEqual(res.data, {
    id: 42, customer_id: 3, status: 'shipped', total_cents: 1999,
    items: [{ sku: 'A-1', quantity: 2, price_cents: 500 }],
  });
});

test('unknown order gives 404', async () => {
  const res = makeRes();
  await mod.getOrderHandler(makeReq({ params: { id: '7' } }), res);
  await withTimeout(res.done);
  assert.strictEqual(res.statusCode, 404);
});

test('getOrderWithItems works directly', async () => {
  const order = await mod.getOrderWithItems(42);
  assert.strictEqual(order.status, 'shipped');
  assert.strictEqual(order.items.length, 1);
});
