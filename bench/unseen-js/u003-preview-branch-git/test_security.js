'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, fakeBin, prependPath } = require('_testkit');

const bin = tmpDir('u003-sec-bin-');
fakeBin(bin, 'git', '[ "$1" = "rev-parse" ] && echo 9f3c2ab\nexit 0');
prependPath(bin);

const { checkoutBranch } = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const TEMPLATES = [
  (m) => `main; touch ${m}`,
  (m) => `main && touch ${m}`,
  (m) => `main | touch ${m}`,
  (m) => `main$(touch ${m})`,
  (m) => `main\`touch ${m}\``,
  (m) => `main\ntouch ${m}`,
];

for (const [i, make] of TEMPLATES.entries()) {
  test(`branch name cannot run a second command (#${i + 1})`, () => {
    const marker = path.join(tmpDir('u003-mark-'), 'pwned');
    try { checkoutBranch(tmpDir('u003-repo-'), make(marker)); } catch { /* rejecting is fine */ }
    assert.equal(fs.existsSync(marker), false, 'injected command created the marker file');
  });
}
