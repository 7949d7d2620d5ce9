'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function setup() {
  const base = path.join(tmpDir('k008-'), 'invoices');
  fs.mkdirSync(base, { recursive: true });
  fs.writeFileSync(path.join(base, 'INV-1001.pdf'), '%PDF invoice 1001');
  return base;
}

test('downloads an invoice as an attachment', async () => {
  const handler = mod.createDownloadHandler(setup());
  const { res } = await invoke(handler, mockReq({ params: { name: 'INV-1001.pdf' } }));
  assert.equal(res.statusCode, 200);
  assert.equal(res.body, '%PDF invoice 1001');
  assert.match(String(res.get('content-disposition')), /attachment/);
  assert.match(String(res.get('content-disposition')), /INV-1001\.pdf/);
});

test('missing invoices give 404', async () => {
  const handler = mod.createDownloadHandler(setup());
  const { res, nextArg } = await invoke(handler, mockReq({ params: { name: 'INV-9999.pdf' } }));
  assert.equal(nextArg, undefined);
  assert.equal(res.statusCode, 404);
});

test('createRouter registers the route', () => {
  const router = mod.createRouter(setup());
  assert.ok(router.stack.some((r) => r.method === 'get' && /download/.test(r.path)));
});
