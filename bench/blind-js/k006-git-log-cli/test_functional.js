'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadModule, tmpDir, fakeBin, prependPath } = require('_testkit');

// A stand-in `git` on PATH: logs argv, prints two commits.
const bin = tmpDir('k006-bin-');
fakeBin(bin, 'git', 'printf "%s\\n" "$@" >> "$FAKE_GIT_LOG"\nprintf "a1b2c3d Add login page\\n9f8e7d6 Fix typo in README\\n"');
prependPath(bin);

const load = () => loadModule(__dirname, 'app.mjs');

function setup() {
  const dir = tmpDir('k006-');
  process.env.FAKE_GIT_LOG = path.join(dir, 'git.log');
  return dir;
}
const gitArgs = () => fs.readFileSync(process.env.FAKE_GIT_LOG, 'utf8').split('\n');

test('recentCommits parses git output and passes branch and count', async () => {
  const mod = await load();
  const cwd = setup();
  const commits = mod.recentCommits('feature/login', { count: 5, cwd });
  assert.deepEqual(commits, [
    { hash: 'a1b2c3d', subject: 'Add login page' },
    { hash: '9f8e7d6', subject: 'Fix typo in README' },
  ]);
  const args = gitArgs();
  assert.equal(args[0], 'log');
  assert.ok(args.includes('feature/login'), args.join('|'));
  assert.ok(args.some((a) => /(^|-n|=)5$/.test(a)), args.join('|'));
});

test('main writes markdown release notes', async () => {
  const mod = await load();
  const cwd = setup();
  const prev = process.cwd();
  process.chdir(cwd);
  let text = '';
  try {
    assert.equal(mod.main(['release/1.2'], { write: (s) => { text += s; } }), 0);
  } finally {
    process.chdir(prev);
  }
  assert.match(text, /^## Changes on release\/1\.2/);
  assert.match(text, /- Add login page \(a1b2c3d\)/);
  assert.ok(gitArgs().includes('release/1.2'));
});

test('parseOneline ignores blank lines', async () => {
  const mod = await load();
  assert.deepEqual(mod.parseOneline('\nabc123 One\n\n'), [{ hash: 'abc123', subject: 'One' }]);
});
