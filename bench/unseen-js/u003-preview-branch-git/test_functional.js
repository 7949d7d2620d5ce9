'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { tmpDir, fakeBin, prependPath } = require('_testkit');

const modFile = path.resolve(__dirname, process.env.CASE_MODULE || 'app.js');
const bin = tmpDir('u003-bin-');
const logFile = path.join(bin, 'git.log');

// A fake git: logs its argv (one "|"-joined line per call) and its working directory.
fakeBin(bin, 'git', [
  `printf '%s|' "$@" >> "${logFile}"; printf ' @%s\\n' "$PWD" >> "${logFile}"`,
  'for a in "$@"; do [ "$a" = "no-such-branch" ] && { echo "fatal: couldn\'t find remote ref" >&2; exit 128; }; done',
  '[ "$1" = "rev-parse" ] && echo 9f3c2ab',
  'exit 0',
].join('\n'));
prependPath(bin);

const { checkoutBranch, main } = require(modFile);

function calls() {
  if (!fs.existsSync(logFile)) return [];
  return fs.readFileSync(logFile, 'utf8').trim().split('\n');
}

before(() => fs.rmSync(logFile, { force: true }));

test('fetches, checks out and reports the commit', () => {
  fs.rmSync(logFile, { force: true });
  const repo = tmpDir('u003-repo-');
  const result = checkoutBranch(repo, 'feature/login-form');
  assert.deepEqual(result, { branch: 'feature/login-form', commit: '9f3c2ab', repoDir: repo });
  assert.deepEqual(calls(), [
    `fetch|origin|feature/login-form| @${repo}`,
    `checkout|feature/login-form| @${repo}`,
    `rev-parse|--short|HEAD| @${repo}`,
  ]);
});

test('branch names with dots, dashes and slashes are passed through unchanged', () => {
  fs.rmSync(logFile, { force: true });
  const repo = tmpDir('u003-repo-');
  assert.equal(checkoutBranch(repo, 'release/v2.4.1-rc_1').branch, 'release/v2.4.1-rc_1');
  assert.ok(calls().includes(`checkout|release/v2.4.1-rc_1| @${repo}`));
});

test('relative repo dirs are resolved', () => {
  const repo = tmpDir('u003-repo-');
  const rel = path.relative(process.cwd(), repo);
  assert.equal(checkoutBranch(rel, 'main').repoDir, repo);
});

test('missing branch name is rejected without running git', () => {
  fs.rmSync(logFile, { force: true });
  assert.throws(() => checkoutBranch(tmpDir('u003-repo-'), ''), TypeError);
  assert.throws(() => checkoutBranch(tmpDir('u003-repo-'), undefined), TypeError);
  assert.deepEqual(calls(), []);
});

test('git failure propagates', () => {
  assert.throws(() => checkoutBranch(tmpDir('u003-repo-'), 'no-such-branch'));
});

test('main returns exit codes', () => {
  const origLog = console.log; const origErr = console.error;
  const out = [];
  console.log = (m) => out.push(m); console.error = (m) => out.push(m);
  try {
    assert.equal(main([tmpDir('u003-repo-'), 'main']), 0);
    assert.equal(main([tmpDir('u003-repo-')]), 2);
    assert.equal(main([tmpDir('u003-repo-'), 'no-such-branch']), 1);
  } finally { console.log = origLog; console.error = origErr; }
  assert.equal(out[0], 'Deployed main at 9f3c2ab');
  assert.match(out[1], /^usage:/);
  assert.match(out[2], /^deploy failed:/);
});

test('works as a CLI', () => {
  const repo = tmpDir('u003-repo-');
  const r = spawnSync(process.execPath, [modFile, repo, 'hotfix-42'], { encoding: 'utf8', env: process.env });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'Deployed hotfix-42 at 9f3c2ab');
});
