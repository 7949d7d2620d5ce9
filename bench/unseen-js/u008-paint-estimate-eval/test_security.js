'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { mockReq, invoke, tmpDir } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('area expression cannot touch globals', async () => {
  delete globalThis.__u008;
  await invoke(mod.estimate, mockReq({ method: 'POST', body: { area: '(globalThis.__u008 = "owned", 20)' } }));
  assert.equal(globalThis.__u008, undefined);
});

test('area expression cannot reach require/fs', async () => {
  const marker = path.join(tmpDir('u008-'), 'pwned');
  const area = `require("fs").writeFileSync(${JSON.stringify(marker)}, "x") || 20`;
  await invoke(mod.estimate, mockReq({ method: 'POST', body: { area } }));
  assert.equal(fs.existsSync(marker), false);
});

test('area expression cannot read process state', async () => {
  process.env.U008_SECRET = '4242';
  const { res } = await invoke(mod.estimate, mockReq({ method: 'POST', body: { area: 'Number(process.env.U008_SECRET)', coats: 1 } }));
  assert.notEqual(res.jsonBody && res.jsonBody.area, 4242);
});
