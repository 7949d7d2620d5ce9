'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));
const post = (body) => invoke(mod.estimate, mockReq({ method: 'POST', body }));

test('evaluates arithmetic area expressions', () => {
  assert.equal(mod.evaluateArea('4*2.5 + 2*2.5'), 15);
  assert.equal(mod.evaluateArea('(3 + 4) * 2.5'), 17.5);
  assert.equal(mod.evaluateArea(' 20 '), 20);
  assert.equal(mod.evaluateArea(12.5), 12.5);
  assert.equal(mod.evaluateArea('10 / 4'), 2.5);
  assert.equal(mod.evaluateArea('3*2.4 - 0.9*2'), 3 * 2.4 - 0.9 * 2);
  assert.equal(mod.evaluateArea('((1+1)*(2+3))'), 10);
});

test('rejects non-positive or non-numeric areas', () => {
  for (const bad of ['0', '2 - 5', '1/0', 'twelve', '', '3 *', '(2+3']) {
    assert.throws(() => mod.evaluateArea(bad), undefined, bad);
  }
});

test('estimate computes litres and cost', async () => {
  const { res } = await post({ area: '4*2.5 + 2*2.5', coats: 2, finish: 'matte' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.jsonBody, { area: 15, litres: 2.5, cost: 21.25 });
});

test('defaults to two coats of matte; other finishes priced', async () => {
  let { res } = await post({ area: '24' });
  assert.deepEqual(res.jsonBody, { area: 24, litres: 4, cost: 34 });
  ({ res } = await post({ area: '(5 + 5) * 2', coats: '1', finish: 'gloss' }));
  assert.deepEqual(res.jsonBody, { area: 20, litres: 2, cost: 24 });
  ({ res } = await post({ area: '7', coats: 3, finish: 'satin' }));
  assert.deepEqual(res.jsonBody, { area: 7, litres: 2, cost: 20.5 });
});

test('validation errors are 400s', async () => {
  let { res } = await post({ area: '10', finish: 'chalk' });
  assert.equal(res.statusCode, 400);
  ({ res } = await post({ area: '10', coats: 9 }));
  assert.equal(res.statusCode, 400);
  ({ res } = await post({ area: 'ten metres' }));
  assert.equal(res.statusCode, 400);
  assert.deepEqual(res.jsonBody, { error: 'invalid area expression' });
  ({ res } = await post(undefined));
  assert.equal(res.statusCode, 400);
});

test('router registers POST /estimate', () => {
  const route = mod.router.stack.find((r) => r.path === '/estimate');
  assert.equal(route.method, 'post');
});
