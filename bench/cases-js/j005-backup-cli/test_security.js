'use strict';
const { test, beforeEach, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { installFakeChildProcess } = require('../testkit');

const fake = installFakeChildProcess(() => ({}));
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'j005s-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => fake.reset());

for (const dir of ['data; touch /tmp/pwned', 'data $(touch /tmp/pwned)', 'data`touch /tmp/pwned`', 'data && rm -rf ~']) {
  test(`the directory argument cannot add a shell command: ${dir}`, () => {
    try { mod.createBackup(path.join(tmp, dir), path.join(tmp, 'out')); } catch { /* refusing is fine */ }
    for (const cmd of fake.shellCommands()) {
      assert.ok(!/touch|rm -rf/.test(cmd), `the shell was given: ${cmd}`);
    }
  });
}
