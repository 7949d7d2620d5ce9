'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'j030-'));
process.env.UPLOAD_DIR = path.join(base, 'uploads');
after(() => fs.rmSync(base, { recursive: true, force: true }));

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function upload(file) {
  const res = makeRes();
  await mod.uploadAttachment(makeReq({ method: 'POST', file }), res);
  await withTimeout(res.done);
  return res;
}

function fileObject(originalname, content, mimetype) {
  const buffer = Buffer.from(content);
  return { fieldname: 'file', originalname, encoding: '7bit', mimetype, buffer, size: buffer.length };
}

for (const [name, mimetype] of [['invoice-2024.pdf', 'application/pdf'], ['screenshot.png', 'image/png'], ['server log.txt', 'text/plain']]) {
  test(`stores ${name} and returns its URL`, async () => {
    const content = `content of ${name}`;
    const res = await upload(fileObject(name, content, mimetype));
    assert.strictEqual(res.statusCode, 201);
    const { url, size, name: storedName } = res.data;
    assert.strictEqual(size, Buffer.byteLength(content));
    assert.ok(url.startsWith('/uploads/'), url);
    const stored = decodeURIComponent(url.slice('/uploads/'.length));
    assert.strictEqual(stored, storedName);
    assert.strictEqual(path.extname(stored), path.extname(name));
    assert.strictEqual(fs.readFileSync(path.join(process.env.UPLOAD_DIR, stored), 'utf8'), content);
  });
}

test('missing file gives 400', async () => {
  assert.strictEqual((await upload(undefined)).statusCode, 400);
});

test('route and static folder are registered', () => {
  assert.ok(mod.app.routes.some((r) => r.method === 'POST' && r.path === '/api/attachments'));
});
