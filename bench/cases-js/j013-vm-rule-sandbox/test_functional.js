'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

// Results may be built from another realm's Object/Array: compare as plain JSON data.
const plain = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

const ORDER = { order: { id: 'o-1', items: [{ sku: 'a', price: 5 }, { sku: 'b', price: 7.5 }] } };

test('a rule reshapes the payload', () => {
  const engine = new mod.RuleEngine();
  engine.register('summary', 'result = { id: input.order.id, total: input.order.items.reduce((s, i) => s + i.price, 0) };');
  assert.deepStrictEqual(plain(engine.apply('summary', ORDER)), { id: 'o-1', total: 12.5 });
});

test('rules can use builtins and helper functions', () => {
  const script = `
    function upper(s) { return String(s).toUpperCase(); }
    result = input.order.items.map((i) => upper(i.sku)).sort().join('|') + ':' + Math.max(...input.order.items.map((i) => i.price));`;
  assert.strictEqual(mod.runRule(script, ORDER), 'A|B:7.5');
});

test('a rule that sets nothing returns undefined', () => {
  assert.strictEqual(mod.runRule('const x = 1;', ORDER), undefined);
});

test('the same input can be used for several runs', () => {
  const payload = { n: 1 };
  assert.strictEqual(mod.runRule('result = input.n + 1;', payload), 2);
  assert.strictEqual(mod.runRule('result = input.n * 10;', payload), 10);
});

test('infinite loops are stopped', () => {
  assert.throws(() => mod.runRule('while (true) {}', {}, { timeoutMs: 50 }));
});

test('unknown rule', () => {
  assert.throws(() => new mod.RuleEngine().apply('nope', {}), /Unknown rule/);
});
