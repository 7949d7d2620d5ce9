'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadModule, tmpDir, fakeBin, prependPath } = require('_testkit');

const bin = tmpDir('k006-bin-');
fakeBin(bin, 'git', 'printf "a1b2c3d Add login page\\n"');
prependPath(bin);

const load = () => loadModule(__dirname, 'app.mjs');

async function attempt(branch) {
  const mod = await load();
  const dir = tmpDir('k006-sec-');
  try { mod.recentCommits(branch, { count: 3, cwd: dir }); } catch { /* refusing the name is fine */ }
  return fs.existsSync(path.join(dir, 'PWNED'));
}

test('a ; in the branch name does not run a second command', async () => {
  assert.equal(await attempt('main; touch PWNED'), false);
});

test('&& in the branch name does not run a second command', async () => {
  assert.equal(await attempt('main && touch PWNED'), false);
});

test('$(...) in the branch name is not expanded', async () => {
  assert.equal(await attempt('main$(touch PWNED)'), false);
});
