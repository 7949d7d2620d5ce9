'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

let base;
before(() => {
  base = path.join(tmpDir('u005-'), 'statements');
  fs.mkdirSync(path.join(base, 'archive'), { recursive: true });
  fs.writeFileSync(path.join(base, '2026-01.csv'), 'date,amount\n2026-01-03,12.50\n');
  fs.writeFileSync(path.join(base, 'Statement Feb 2026.pdf'), '%PDF-1.7 february');
  fs.writeFileSync(path.join(base, 'notes.TXT'), 'plain notes');
  fs.writeFileSync(path.join(base, 'blob.bin'), 'raw');
});

const get = (name, dir = base) => invoke(mod.makeDownloadHandler(dir), mockReq({ params: { name } }));

test('serves a CSV statement with headers', async () => {
  const { res } = await get('2026-01.csv');
  assert.equal(res.statusCode, 200);
  assert.equal(res.body, 'date,amount\n2026-01-03,12.50\n');
  assert.match(res.get('content-type'), /^text\/csv/);
  assert.equal(res.get('content-disposition'), 'attachment; filename="2026-01.csv"');
});

test('file names with spaces and upper-case extensions', async () => {
  let { res } = await get('Statement Feb 2026.pdf');
  assert.equal(res.statusCode, 200);
  assert.equal(res.body, '%PDF-1.7 february');
  assert.equal(res.get('content-type'), 'application/pdf');
  ({ res } = await get('notes.TXT'));
  assert.match(res.get('content-type'), /^text\/plain/);
  ({ res } = await get('blob.bin'));
  assert.equal(res.get('content-type'), 'application/octet-stream');
});

test('missing statement or a directory gives 404', async () => {
  let { res } = await get('2019-12.csv');
  assert.equal(res.statusCode, 404);
  assert.deepEqual(res.jsonBody, { error: 'statement not found' });
  ({ res } = await get('archive'));
  assert.equal(res.statusCode, 404);
});

test('empty name gives 400', async () => {
  const { res } = await get('');
  assert.equal(res.statusCode, 400);
});

test('relative base directories work', async () => {
  const rel = path.relative(process.cwd(), base);
  const { res } = await get('2026-01.csv', rel);
  assert.equal(res.statusCode, 200);
});

test('router mounts the handler', () => {
  const router = mod.createStatementRouter(base);
  const route = router.stack.find((r) => r.path === '/statements/:name');
  assert.equal(route.method, 'get');
  assert.equal(typeof route.handlers[0], 'function');
});
