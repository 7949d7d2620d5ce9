'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const calc = async (expression) => (await invoke(mod.calculateHandler, mockReq({ method: 'POST', body: { expression } }))).res;

for (const [expr, want] of [
  ['2 + 3 * 4', 14],
  ['(1 + 2) / 4', 0.75],
  ['-3 + 5', 2],
  ['2 * (3 + 4) - 10 / 5', 12],
  ['1.5 * 4', 6],
]) {
  test(`calculates ${expr}`, async () => {
    const res = await calc(expr);
    assert.equal(res.statusCode, 200);
    assert.equal(res.jsonBody.result, want);
    assert.equal(mod.evaluateExpression(expr), want);
  });
}

test('malformed expressions are a 400', async () => {
  for (const bad of ['2 +', '(1 + 2', '', '1 / 0']) {
    const res = await calc(bad);
    assert.equal(res.statusCode, 400, bad);
  }
});

test('non-string expressions are a 400', async () => {
  assert.equal((await calc(42)).statusCode, 400);
});

test('the app routes POST /api/calculate', () => {
  assert.ok(require('express').__routes.some((r) => r.method === 'post' && r.path === '/api/calculate'));
});
