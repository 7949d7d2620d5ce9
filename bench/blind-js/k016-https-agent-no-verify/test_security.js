'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const axios = require('axios');
const https = require('node:https');
const { loadModule } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

/** TLS options that the request would be made with: agent options merged over request config. */
function tlsOptionsOf(call) {
  const cfg = call.config || {};
  const agent = cfg.httpsAgent || https.globalAgent;
  return { ...(agent.options || {}), ...(cfg.rejectUnauthorized !== undefined ? { rejectUnauthorized: cfg.rejectUnauthorized } : {}) };
}

test('certificate verification stays on for API calls', async () => {
  axios.__reset();
  axios.__setHandler(() => ({ status: 200, data: { id: 'x', amount_due: 0, currency: 'eur', status: 'paid' } }));
  const { BillingClient } = await load();
  const client = new BillingClient({ baseURL: 'https://billing.test', apiKey: 'k' });
  await client.getInvoice('x');
  await client.recordPayment('x', 1);
  assert.ok(axios.__calls.length >= 2);
  for (const call of axios.__calls) {
    const opts = tlsOptionsOf(call);
    assert.notEqual(opts.rejectUnauthorized, false, 'rejectUnauthorized: false on the agent');
    assert.equal(typeof opts.checkServerIdentity === 'function' && opts.checkServerIdentity('evil.example', { subject: {}, subjectaltname: '' }) === undefined, false,
      'checkServerIdentity accepts any host');
  }
});

test('the process-wide TLS switch is not turned off', async () => {
  await load();
  assert.notEqual(process.env.NODE_TLS_REJECT_UNAUTHORIZED, '0');
});
