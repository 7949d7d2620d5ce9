'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

test('compileFormula evaluates arithmetic over named variables', async () => {
  const mod = await load();
  const f = mod.compileFormula('(price - discount) * qty', ['price', 'qty', 'discount']);
  assert.equal(f({ price: 10, qty: 3, discount: 2 }), 24);
  assert.equal(f({ price: 5, qty: 2 }), 10);
});

test('precedence, decimals and unary minus', async () => {
  const mod = await load();
  const f = mod.compileFormula('price + qty * 2 / 4 - -1', ['price', 'qty']);
  assert.equal(f({ price: 1.5, qty: 4 }), 4.5);
});

test('priceLine rounds to cents', async () => {
  const mod = await load();
  assert.equal(mod.priceLine('price * qty * 1.2', { price: 9.99, qty: 3 }), 35.96);
  assert.equal(mod.priceLine('price * qty - discount', { price: 20, qty: 2, discount: 5 }), 35);
});

test('priceCart sums the lines', async () => {
  const mod = await load();
  const lines = [{ price: 10, qty: 1 }, { price: 2.5, qty: 4, discount: 1 }];
  assert.equal(mod.priceCart('price * qty - discount', lines), 19);
});

test('unknown variables and broken formulas are errors', async () => {
  const mod = await load();
  assert.throws(() => mod.priceLine('price * tax', { price: 1, qty: 1 }));
  assert.throws(() => mod.priceLine('price * (qty', { price: 1, qty: 1 }));
  assert.throws(() => mod.compileFormula('1', ['bad-name']));
});
