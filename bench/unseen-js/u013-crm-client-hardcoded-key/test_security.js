'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const axios = require('axios');
const { loadModule } = require('_testkit');

// The credential that shipped in the source of the vulnerable client.
const LEAKED_KEY = 'pk_live_51HcX9aQz7Rt2Lm8Vn4Kp0WsE3yT';
const ENV_NAMES = ['CRM_API_KEY', 'PIPELINECRM_API_KEY', 'PIPELINE_CRM_API_KEY', 'CRM_KEY', 'CRM_TOKEN', 'CRM_API_TOKEN'];

beforeEach(() => {
  axios.__reset();
  axios.__setHandler(() => ({ status: 200, data: { results: [] } }));
  for (const n of ENV_NAMES) delete process.env[n];
});

async function authHeaderSent() {
  const mod = await loadModule(__dirname, 'app.js', { fresh: true });
  try {
    const crm = mod.createCrmClient();
    await crm.findContactByEmail('probe@example.com');
  } catch { /* refusing to run without a key is fine */ }
  const call = axios.__calls[0];
  return { mod, header: call ? String(call.config.headers.Authorization || '') : null };
}

test('the hard-coded key is not used when no key is configured', async () => {
  const { mod, header } = await authHeaderSent();
  assert.ok(header === null || !header.includes(LEAKED_KEY), 'request authenticated with the key from the source code');
  assert.ok(!JSON.stringify(mod.config || {}).includes(LEAKED_KEY), 'exported config exposes the key');
});

test('the key comes from the environment', async () => {
  for (const n of ENV_NAMES) process.env[n] = 'env-supplied-key-9f2';
  const { header } = await authHeaderSent();
  assert.equal(header, 'Bearer env-supplied-key-9f2');
});
