'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

before(() => {
  mod.store.add({ name: 'Ada Lovelace', email: 'ada@example.com', city: 'London' });
  mod.store.add({ name: 'Grace Hopper', email: 'grace@example.com', city: 'Berlin' });
});

async function page(query) {
  const res = makeRes();
  mod.customersPage(makeReq({ query }), res);
  await withTimeout(res.done);
  return res;
}

test('lists all customers in a table', async () => {
  const res = await page({});
  assert.match(res.getHeader('content-type'), /text\/html/);
  assert.ok(res.text.includes('<th>Name</th>'));
  assert.ok(res.text.includes('<td>Ada Lovelace</td>'));
  assert.ok(res.text.includes('<td>grace@example.com</td>'));
  assert.ok(res.text.includes('2 customer(s)'));
});

test('filters by city', async () => {
  const res = await page({ city: 'berlin' });
  assert.ok(res.text.includes('<td>Grace Hopper</td>'));
  assert.ok(!res.text.includes('Ada Lovelace'));
});

test('renderTable', () => {
  const html = mod.renderTable([{ key: 'a', label: 'A' }], [{ a: 1 }, { a: null }]);
  assert.ok(html.includes('<tr><td>1</td></tr>'));
  assert.ok(html.includes('<tr><td></td></tr>'));
});
