'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function handle(t, err) {
  t.mock.method(console, 'error', () => {});
  const res = makeRes();
  let forwarded = null;
  mod.errorHandler(err, makeReq({ method: 'GET', originalUrl: '/api/orders/9' }), res, (e) => { forwarded = e; });
  return { res, forwarded };
}

test('client errors show their message and status', (t) => {
  const { res } = handle(t, new mod.HttpError(404, 'Order not found'));
  assert.strictEqual(res.statusCode, 404);
  assert.deepStrictEqual(res.data, { error: 'Order not found' });
});

test('unexpected errors give a 500 response', (t) => {
  const { res } = handle(t, new Error('boom'));
  assert.strictEqual(res.statusCode, 500);
  assert.ok(res.finished);
  assert.ok(res.text.length > 0);
});

test('errors after headers were sent are forwarded', (t) => {
  t.mock.method(console, 'error', () => {});
  const res = makeRes();
  res.headersSent = true;
  let forwarded = null;
  const err = new Error('late');
  mod.errorHandler(err, makeReq(), res, (e) => { forwarded = e; });
  assert.strictEqual(forwarded, err);
});

test('asyncHandler forwards rejections', async () => {
  const err = new Error('async failure');
  const forwarded = await new Promise((resolve) => {
    mod.asyncHandler(async () => { throw err; })(makeReq(), makeRes(), resolve);
  });
  assert.strictEqual(forwarded, err);
});
