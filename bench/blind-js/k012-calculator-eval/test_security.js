'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { mockReq, invoke, tmpDir } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const calc = async (expression) => (await invoke(mod.calculateHandler, mockReq({ method: 'POST', body: { expression } }))).res;

test.afterEach(() => { delete globalThis.__calcPwned; });

test('an expression cannot assign to globals', async () => {
  await calc('(globalThis.__calcPwned = 7) * 1');
  assert.equal(globalThis.__calcPwned, undefined);
});

test('an expression cannot reach require / the file system', async () => {
  const marker = path.join(tmpDir('k012-'), 'pwned.txt');
  await calc(`require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') || 1`);
  assert.equal(fs.existsSync(marker), false);
});

test('an expression cannot use the Function constructor', async () => {
  const res = await calc("[].constructor.constructor('globalThis.__calcPwned = 1; return 2')()");
  assert.equal(globalThis.__calcPwned, undefined);
  assert.notEqual(res.jsonBody && res.jsonBody.result, 2);
});

test('evaluateExpression does not run code either', () => {
  try { mod.evaluateExpression('(globalThis.__calcPwned = 5)'); } catch { /* refusal is fine */ }
  assert.equal(globalThis.__calcPwned, undefined);
});
