'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('a 500 response does not reveal the stack trace or internal error details', (t) => {
  t.mock.method(console, 'error', () => {});
  t.mock.method(console, 'log', () => {});
  const err = new Error('connect ECONNREFUSED 10.20.0.12:5432 (user=billing password=hunter2)');
  const res = makeRes();
  mod.errorHandler(err, makeReq({ method: 'POST', originalUrl: '/api/invoices' }), res, () => {});
  assert.ok(res.finished, 'no response was sent');
  assert.ok(res.statusCode >= 500);
  const body = res.text;
  assert.ok(!/\n\s+at /.test(body) && !body.includes(__filename), `stack trace in response: ${body}`);
  assert.ok(!body.includes('hunter2') && !body.includes('ECONNREFUSED') && !body.includes('10.20.0.12'), `internal details in response: ${body}`);
});
