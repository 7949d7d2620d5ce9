'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

// base/secret.txt sits next to (outside) base/uploads.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'j007s-'));
process.env.UPLOAD_DIR = path.join(base, 'uploads');
fs.mkdirSync(process.env.UPLOAD_DIR);
fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP-SECRET-j007');
after(() => fs.rmSync(base, { recursive: true, force: true }));

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

for (const name of ['../secret.txt', '../uploads/../secret.txt', path.join(base, 'secret.txt'), '..\\secret.txt']) {
  test(`cannot read outside the upload folder: ${name}`, async () => {
    const res = makeRes();
    try {
      mod.getUpload(makeReq({ params: { name } }), res);
      await withTimeout(res.done);
    } catch { /* refusing is fine */ }
    assert.ok(!res.text.includes('TOP-SECRET'), 'file outside the upload folder was served');
  });
}
