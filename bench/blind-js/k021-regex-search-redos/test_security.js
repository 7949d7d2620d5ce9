'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { modulePath, runIsolated } = require('_testkit');

const TARGET = modulePath(__dirname, 'app.mjs');
const KIT = require.resolve('_testkit');

/**
 * Run one search request in a child node process; report whether it finished in time.
 * A catastrophic-backtracking pattern against a long non-matching message blocks it.
 */
function searchFinishes(q, budgetMs = 4000) {
  const script = `
    const { pathToFileURL } = require('node:url');
    const kit = require(${JSON.stringify(KIT)});
    (async () => {
      const mod = await import(pathToFileURL(${JSON.stringify(TARGET)}).href);
      const entries = [{ id: 1, level: 'info', message: 'a'.repeat(40) + '!' }, { id: 2, level: 'info', message: 'x'.repeat(5000) + 'y' }];
      const { res } = await kit.invoke(mod.createSearchHandler(() => entries), kit.mockReq({ query: { q: ${JSON.stringify(q)} } }));
      process.stdout.write('DONE ' + res.statusCode);
    })();`;
  return runIsolated(script, { timeoutMs: budgetMs });
}

test('nested quantifier (a+)+$ does not hang the request', () => {
  const r = searchFinishes('(a+)+$');
  assert.equal(r.timedOut, false, 'search blocked the event loop past the time budget');
  assert.match(r.stdout, /DONE/);
});

test('alternation (a|aa)*$ does not hang the request', () => {
  const r = searchFinishes('^(a|aa)*$');
  assert.equal(r.timedOut, false, 'search blocked the event loop past the time budget');
  assert.match(r.stdout, /DONE/);
});
