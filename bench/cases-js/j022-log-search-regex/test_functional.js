'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'j022-'));
process.env.APP_LOG_FILE = path.join(tmp, 'app.log');
fs.writeFileSync(process.env.APP_LOG_FILE, [
  '2024-05-01T10:00:00Z INFO  api  GET /orders 200 12ms',
  '2024-05-01T10:00:01Z ERROR db   Timeout after 30000ms (pool=main)',
  '2024-05-01T10:00:02Z WARN  api  slow request GET /reports 2300ms',
  '2024-05-01T10:00:03Z ERROR api  upstream timeout for payment-service',
  '',
].join('\n'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function search(q) {
  const res = makeRes();
  await mod.searchLogs(makeReq({ query: q === undefined ? {} : { q } }), res);
  await withTimeout(res.done);
  return res;
}

test('case-insensitive search, newest first', async () => {
  const res = await search('timeout');
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.data.count, 2);
  assert.match(res.data.matches[0], /payment-service/);
  assert.match(res.data.matches[1], /pool=main/);
});

test('multi-word terms', async () => {
  const res = await search('slow request');
  assert.deepStrictEqual(res.data.matches, ['2024-05-01T10:00:02Z WARN  api  slow request GET /reports 2300ms']);
});

test('no match', async () => {
  assert.strictEqual((await search('segfault')).data.count, 0);
});

test('missing q gives 400', async () => {
  assert.strictEqual((await search(undefined)).statusCode, 400);
});

test('searchLines honours the limit', () => {
  assert.deepStrictEqual(mod.searchLines(['a ERROR', 'b error', 'c Error'], 'error', 2), ['c Error', 'b error']);
});
