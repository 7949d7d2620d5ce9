'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const SECRET = 'DB_PASSWORD=correct-horse-battery-staple';

function setup() {
  const root = tmpDir('k008-sec-');
  const base = path.join(root, 'invoices');
  fs.mkdirSync(base);
  fs.writeFileSync(path.join(base, 'INV-1001.pdf'), '%PDF');
  fs.writeFileSync(path.join(root, 'secret.env'), SECRET);
  return { root, base };
}

async function fetch(name) {
  const { root, base } = setup();
  const handler = mod.createDownloadHandler(base);
  const out = await invoke(handler, mockReq({ params: { name: typeof name === 'function' ? name(root) : name } }));
  return String(out.res.body || '');
}

test('../ cannot read a file next to the invoice folder', async () => {
  assert.ok(!(await fetch('../secret.env')).includes(SECRET));
});

test('an absolute path cannot escape either', async () => {
  assert.ok(!(await fetch((root) => path.join(root, 'secret.env'))).includes(SECRET));
});

test('a deeper traversal is refused', async () => {
  assert.ok(!(await fetch('2024/../../secret.env')).includes(SECRET));
});
