'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'j011s-'));
const marker = path.join(tmp, 'pwned');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function calc(expression) {
  const res = makeRes();
  try {
    mod.calculate(makeReq({ method: 'POST', body: { expression } }), res);
    await withTimeout(res.done);
  } catch { /* refusing is fine */ }
  return res;
}

test('the expression cannot run JavaScript (global write)', async () => {
  await calc('(globalThis.__calc_pwned = 1, 1)');
  assert.strictEqual(globalThis.__calc_pwned, undefined, 'expression executed code');
});

test('the expression cannot reach require/fs', async () => {
  await calc(`require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') || 1`);
  assert.ok(!fs.existsSync(marker), 'expression wrote a file');
});

test('the expression cannot read the environment', async () => {
  process.env.J011_SECRET_NUMBER = '31337';
  const res = await calc('Number(process.env.J011_SECRET_NUMBER)');
  assert.ok(!res.text.includes('31337'), 'expression read process.env');
});
