'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'j008-'));
process.env.REPORTS_DIR = path.join(base, 'reports');
fs.mkdirSync(path.join(process.env.REPORTS_DIR, '2024'), { recursive: true });
fs.writeFileSync(path.join(process.env.REPORTS_DIR, 'q1-summary.txt'), 'Q1 revenue up');
fs.writeFileSync(path.join(process.env.REPORTS_DIR, '2024', 'q2.txt'), 'Q2 flat');
after(() => fs.rmSync(base, { recursive: true, force: true }));

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function download(file) {
  const res = makeRes();
  mod.downloadReport(makeReq({ query: file === undefined ? {} : { file } }), res);
  await withTimeout(res.done);
  return res;
}

test('downloads a report as an attachment', async () => {
  const res = await download('q1-summary.txt');
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.text, 'Q1 revenue up');
  assert.match(res.getHeader('content-disposition'), /attachment; filename="acme-q1-summary.txt"/);
});

test('reports in sub-folders', async () => {
  const res = await download('2024/q2.txt');
  assert.strictEqual(res.text, 'Q2 flat');
});

test('unknown report gives 404', async () => {
  const res = await download('nope.pdf');
  assert.strictEqual(res.statusCode, 404);
});

test('missing parameter gives 400', async () => {
  const res = await download(undefined);
  assert.strictEqual(res.statusCode, 400);
});
