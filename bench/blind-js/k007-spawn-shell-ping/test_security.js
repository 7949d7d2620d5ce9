'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, fakeBin, prependPath, mockReq, invoke } = require('_testkit');

const bin = tmpDir('k007-bin-');
fakeBin(bin, 'ping', 'echo "PING ok"\nexit 0');
prependPath(bin);

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function attempt(host, viaHandler) {
  const dir = tmpDir('k007-sec-');
  process.chdir(dir);
  if (viaHandler) {
    await invoke(mod.pingHandler, mockReq({ query: { host } }));
  } else {
    try { await mod.pingHost(host, 1); } catch { /* refusing the host is fine */ }
  }
  return fs.existsSync(path.join(dir, 'PWNED'));
}

test('handler: a ; in host does not run a second command', async () => {
  assert.equal(await attempt('example.com; touch PWNED', true), false);
});

test('handler: a | in host does not pipe into another command', async () => {
  assert.equal(await attempt('example.com | touch PWNED', true), false);
});

test('pingHost: $(...) in host is not expanded', async () => {
  assert.equal(await attempt('$(touch PWNED)example.com', false), false);
});
