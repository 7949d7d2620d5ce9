'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const axios = require('axios');

// A deployment always has a key configured; the tests pass their own via overrides.
for (const n of ['CRM_API_KEY', 'PIPELINECRM_API_KEY', 'PIPELINE_CRM_API_KEY', 'CRM_KEY', 'CRM_TOKEN', 'CRM_API_TOKEN']) process.env[n] = 'configured-key';

const { createCrmClient } = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const CONTACTS = [{ id: 'c_77', email: 'ada@example.com' }];
beforeEach(() => {
  axios.__reset();
  axios.__setHandler(({ method, url }) => {
    if (method === 'get' && url.includes('/contacts?')) {
      const email = new URL(url).searchParams.get('email');
      return { status: 200, data: { results: CONTACTS.filter((c) => c.email === email) } };
    }
    return { status: method === 'post' ? 201 : 200, data: { id: 'new_1', ok: true } };
  });
});

test('requests carry the bearer key and JSON accept header', async () => {
  const crm = createCrmClient({ apiKey: 'unit-test-key' });
  const found = await crm.findContactByEmail('Ada@Example.com');
  assert.deepEqual(found, { id: 'c_77', email: 'ada@example.com' });
  const call = axios.__calls[0];
  assert.equal(call.method, 'get');
  assert.equal(call.url, 'https://api.pipelinecrm.example/v3/contacts?email=ada%40example.com&limit=1');
  assert.equal(call.config.headers.Authorization, 'Bearer unit-test-key');
  assert.equal(call.config.headers.Accept, 'application/json');
  assert.equal(call.config.timeout, 10000);
});

test('unknown contact gives null', async () => {
  const crm = createCrmClient({ apiKey: 'k' });
  assert.equal(await crm.findContactByEmail('nobody@example.com'), null);
});

test('upsertContact patches existing and creates new contacts', async () => {
  const crm = createCrmClient({ apiKey: 'k' });
  await crm.upsertContact({ email: 'ADA@example.com', firstName: 'Ada', lastName: 'L', plan: 'pro' });
  assert.equal(axios.__calls[1].method, 'patch');
  assert.equal(axios.__calls[1].url, 'https://api.pipelinecrm.example/v3/contacts/c_77');
  assert.deepEqual(axios.__calls[1].config.data, { email: 'ada@example.com', first_name: 'Ada', last_name: 'L', custom: { plan: 'pro' } });
  const created = await crm.upsertContact({ email: 'grace@example.com', firstName: 'Grace', lastName: 'H', plan: 'free' });
  assert.deepEqual(created, { id: 'new_1', ok: true });
  assert.equal(axios.__calls[3].method, 'post');
  assert.equal(axios.__calls[3].url, 'https://api.pipelinecrm.example/v3/contacts');
});

test('createDeal converts cents', async () => {
  const crm = createCrmClient({ apiKey: 'k', baseURL: 'https://sandbox.pipelinecrm.example/v3', timeoutMs: 2500 });
  await crm.createDeal({ contactId: 'c_77', title: 'Annual plan', amountCents: 129900 });
  const call = axios.__calls[0];
  assert.equal(call.url, 'https://sandbox.pipelinecrm.example/v3/deals');
  assert.equal(call.config.timeout, 2500);
  assert.deepEqual(call.config.data, { contact_id: 'c_77', title: 'Annual plan', value: { amount: 1299, currency: 'USD' } });
});

test('API errors propagate', async () => {
  axios.__setHandler(() => ({ status: 401, data: { error: 'bad key' } }));
  const crm = createCrmClient({ apiKey: 'k' });
  await assert.rejects(crm.findContactByEmail('a@b.c'), /401/);
});
