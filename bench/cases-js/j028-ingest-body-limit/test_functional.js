'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { Readable } = require('node:stream');
const { makeRes, withTimeout } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

/** A fake IncomingMessage streaming `chunks`. */
function makeRequest(chunks, { method = 'POST', url = '/ingest', headers = {} } = {}) {
  const req = Readable.from(chunks.map((c) => Buffer.from(c)), { objectMode: false });
  Object.assign(req, { method, url, headers: { 'content-type': 'application/json', ...headers } });
  return req;
}

async function ingest(chunks, opts) {
  const res = makeRes();
  await mod.handleIngest(makeRequest(chunks, opts), res);
  await withTimeout(res.done);
  return res;
}

test('accepts a batch of events', async () => {
  const body = JSON.stringify({ events: [{ type: 'click' }, { type: 'view', page: '/é' }] });
  const res = await ingest([body.slice(0, 10), body.slice(10)]);
  assert.strictEqual(res.statusCode, 202);
  assert.deepStrictEqual(res.data, { accepted: 2 });
});

test('a 60 KB batch is fine', async () => {
  const events = Array.from({ length: 600 }, (_, i) => ({ type: 'view', id: i, pad: 'x'.repeat(80) }));
  const body = JSON.stringify({ events });
  assert.ok(body.length > 55 * 1024);
  const chunks = [];
  for (let i = 0; i < body.length; i += 16384) chunks.push(body.slice(i, i + 16384));
  const res = await ingest(chunks);
  assert.deepStrictEqual(res.data, { accepted: 600 });
});

test('empty body counts zero events', async () => {
  assert.deepStrictEqual((await ingest([])).data, { accepted: 0 });
});

test('invalid JSON gives 400', async () => {
  assert.strictEqual((await ingest(['{nope'])).statusCode, 400);
});

test('other routes give 404', async () => {
  assert.strictEqual((await ingest([], { method: 'GET', url: '/' })).statusCode, 404);
});

test('readJsonBody parses', async () => {
  assert.deepStrictEqual(await mod.readJsonBody(makeRequest(['{"a":', '1}'])), { a: 1 });
});
