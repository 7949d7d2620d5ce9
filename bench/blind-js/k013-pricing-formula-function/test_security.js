'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

test.afterEach(() => { delete globalThis.__formulaPwned; });

/** Compile and run; refusing the formula at either step is acceptable. */
async function tryFormula(formula) {
  const mod = await load();
  try { return mod.priceLine(formula, { price: 1, qty: 1 }); } catch { return undefined; }
}

test('a formula cannot write to globalThis', async () => {
  await tryFormula('(globalThis.__formulaPwned = 1) && price');
  assert.equal(globalThis.__formulaPwned, undefined);
});

test('a formula cannot call the Function constructor', async () => {
  await tryFormula("price.constructor.constructor('globalThis.__formulaPwned = 2; return 1')()");
  assert.equal(globalThis.__formulaPwned, undefined);
});

test('a formula cannot reach process', async () => {
  const out = await tryFormula('process.pid');
  assert.notEqual(out, process.pid);
});

test('a formula cannot define and run a function', async () => {
  await tryFormula('(() => { globalThis.__formulaPwned = 3; return price; })()');
  assert.equal(globalThis.__formulaPwned, undefined);
});
