'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const SECRET = 'DB_PASSWORD=hunter2-u005';
let root;
let base;
before(() => {
  root = tmpDir('u005-sec-');
  base = path.join(root, 'statements');
  fs.mkdirSync(base);
  fs.writeFileSync(path.join(base, 'ok.csv'), 'fine');
  fs.writeFileSync(path.join(root, '.env'), SECRET);
  fs.mkdirSync(path.join(root, 'statements-internal'));
  fs.writeFileSync(path.join(root, 'statements-internal', 'payroll.csv'), SECRET);
});

const ATTEMPTS = () => [
  '../.env',
  '../../' + path.basename(root) + '/.env',
  '..\\..\\.env'.replace(/\\/g, '/'),
  'archive/../../.env',
  '../statements-internal/payroll.csv',
  path.join(root, '.env'),
];

test('names cannot escape the statements directory', async () => {
  for (const name of ATTEMPTS()) {
    const { res, nextArg } = await invoke(mod.makeDownloadHandler(base), mockReq({ params: { name } }));
    assert.ok(!String(res.body || '').includes(SECRET), `leaked via ${name}`);
    assert.ok(!(nextArg && String(nextArg.message).includes(SECRET)));
  }
});
