'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function calc(body) {
  const res = makeRes();
  mod.calculate(makeReq({ method: 'POST', body }), res);
  await withTimeout(res.done);
  return res;
}

const CASES = [
  ['2 + 3 * (4 - 1)', 11],
  ['10 / 4', 2.5],
  ['(12.5 + 7) * 3', 58.5],
  ['-3 + 5', 2],
  ['2 * -3', -6],
  ['0.1 + 0.2', 0.3],
  ['17 % 5', 2],
  ['((1))', 1],
];

for (const [expression, expected] of CASES) {
  test(`evaluates ${expression}`, async () => {
    const res = await calc({ expression });
    assert.strictEqual(res.statusCode, 200);
    assert.deepStrictEqual(res.data, { expression, result: expected });
  });
}

test('invalid expressions give 400', async () => {
  for (const expression of ['2 +', '1 / 0', '', '(1 + 2']) {
    const res = await calc({ expression });
    assert.strictEqual(res.statusCode, 400, expression);
  }
});

test('evaluateExpression is exported', () => {
  assert.strictEqual(mod.evaluateExpression('6 * 7'), 42);
});
