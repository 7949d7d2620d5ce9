'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { modulePath, runIsolated } = require('_testkit');

const file = modulePath(__dirname, 'app.js');
const testkit = require.resolve('_testkit');

// Each search runs in its own node process; a fixed build must answer well inside 4 s.
function searchInChild(q, line) {
  const code = `
    const mod = require(${JSON.stringify(file)});
    const { mockReq, invoke } = require(${JSON.stringify(testkit)});
    const log = ${JSON.stringify(line)};
    invoke(mod.createLogSearchHandler(async () => log), mockReq({ params: { buildId: 'b1' }, query: { q: ${JSON.stringify(q)} } }), undefined, { timeoutMs: 60000 })
      .then(({ res }) => { console.log('status', res.statusCode); });
  `;
  return runIsolated(code, { timeoutMs: 4000 });
}

const EVIL = [
  ['(a+)+$', 'a'.repeat(40) + '!'],
  ['^(\\w+\\s?)*$', 'npm ERR code ELIFECYCLE errno one two three four five six seven!'],
  ['(x|x|xx)*y', 'x'.repeat(40)],
];

for (const [q, line] of EVIL) {
  test(`search pattern cannot stall the server: ${q}`, () => {
    const r = searchInChild(q, line);
    assert.equal(r.timedOut, false, 'search did not finish within 4 s');
    assert.match(r.stdout, /status \d+/, r.stderr);
  });
}
