'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

// base/credentials.txt lies outside base/reports.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'j008s-'));
process.env.REPORTS_DIR = path.join(base, 'reports');
fs.mkdirSync(process.env.REPORTS_DIR);
fs.writeFileSync(path.join(base, 'credentials.txt'), 'TOP-SECRET-j008');
after(() => fs.rmSync(base, { recursive: true, force: true }));

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

for (const file of ['../credentials.txt', 'x/../../credentials.txt', `../../${path.basename(base)}/credentials.txt`]) {
  test(`cannot download outside the reports folder: ${file}`, async () => {
    const res = makeRes();
    try {
      mod.downloadReport(makeReq({ query: { file } }), res);
      await withTimeout(res.done);
    } catch { /* refusing is fine */ }
    assert.ok(!res.text.includes('TOP-SECRET'), 'file outside the reports folder was sent');
  });
}
