'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { installFakeChildProcess } = require('../testkit');

const fake = installFakeChildProcess((call) => {
  if (call.text.includes('rev-parse')) return { stdout: '3f2a9c1d\n' };
  if (call.text.includes('does-not-exist')) return { code: 128, stderr: "fatal: couldn't find remote ref" };
  return {};
});
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => fake.reset());

test('deploy fetches, checks out and reports the commit', async () => {
  const deployer = new mod.BranchDeployer('/srv/preview');
  const result = await deployer.deploy(' feature/login-form ');
  assert.deepStrictEqual(result, { branch: 'feature/login-form', commit: '3f2a9c1d' });
  const fetchCall = fake.calls.find((c) => /\bfetch\b/.test(c.text));
  const checkoutCall = fake.calls.find((c) => /\bcheckout\b/.test(c.text));
  assert.ok(fetchCall && /\borigin\b/.test(fetchCall.text) && fetchCall.text.includes('feature/login-form'), 'git fetch origin <branch>');
  assert.ok(checkoutCall && checkoutCall.text.includes('origin/feature/login-form'), 'git checkout -B <branch> origin/<branch>');
  assert.ok(fake.calls.indexOf(fetchCall) < fake.calls.indexOf(checkoutCall), 'fetch before checkout');
  for (const call of fake.calls) assert.strictEqual(call.options.cwd, '/srv/preview');
});

test('a failing git command rejects', async () => {
  const deployer = new mod.BranchDeployer('/srv/preview');
  await assert.rejects(deployer.deploy('does-not-exist'));
});
