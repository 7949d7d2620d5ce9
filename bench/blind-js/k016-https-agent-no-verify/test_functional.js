'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const axios = require('axios');
const { loadModule } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

test.beforeEach(() => {
  axios.__reset();
  axios.__setHandler(({ method, url }) => {
    if (method === 'get') return { status: 200, data: { id: 'inv_1', amount_due: 12345, currency: 'eur', status: 'open' } };
    return { status: 201, data: { ok: true, url } };
  });
});

test('getInvoice calls the API with the key and maps the result', async () => {
  const { BillingClient } = await load();
  const client = new BillingClient({ baseURL: 'https://billing.test', apiKey: 'k_123' });
  const inv = await client.getInvoice('inv_1');
  assert.deepEqual(inv, { id: 'inv_1', amountDue: 123.45, currency: 'eur', status: 'open' });
  const call = axios.__calls[0];
  assert.equal(call.url, 'https://billing.test/v1/invoices/inv_1');
  assert.equal(call.config.headers.Authorization, 'Bearer k_123');
});

test('recordPayment posts minor units', async () => {
  const { BillingClient } = await load();
  const client = new BillingClient({ baseURL: 'https://billing.test', apiKey: 'k' });
  const out = await client.recordPayment('inv 2', 10.5);
  assert.equal(out.ok, true);
  const call = axios.__calls[0];
  assert.equal(call.method, 'post');
  assert.equal(call.url, 'https://billing.test/v1/invoices/inv%202/payments');
  assert.deepEqual(call.config.data, { amount: 1050 });
});

test('requests use a keep-alive https agent or the default agent', async () => {
  const { BillingClient } = await load();
  const client = new BillingClient({ baseURL: 'https://billing.test', apiKey: 'k' });
  await client.getInvoice('inv_1');
  const agent = axios.__calls[0].config.httpsAgent;
  if (agent) assert.equal(agent.keepAlive, true);
});
