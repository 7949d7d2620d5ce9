'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'j007-'));
process.env.UPLOAD_DIR = path.join(base, 'uploads');
fs.mkdirSync(process.env.UPLOAD_DIR);
fs.writeFileSync(path.join(process.env.UPLOAD_DIR, 'notes.txt'), 'meeting notes');
after(() => fs.rmSync(base, { recursive: true, force: true }));

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function get(name) {
  const res = makeRes();
  mod.getUpload(makeReq({ params: { name } }), res);
  await withTimeout(res.done);
  return res;
}

test('serves an uploaded file with its content type', async () => {
  const res = await get('notes.txt');
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.text, 'meeting notes');
  assert.match(res.getHeader('content-type'), /text\/plain/);
});

test('missing file gives 404', async () => {
  const res = await get('missing.txt');
  assert.strictEqual(res.statusCode, 404);
});

test('contentTypeFor', () => {
  assert.strictEqual(mod.contentTypeFor('a.PNG'), 'image/png');
  assert.strictEqual(mod.contentTypeFor('a.bin'), 'application/octet-stream');
});
