'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { installFakeHttps } = require('./https_fake');

const fake = installFakeHttps();
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('TLS certificate verification stays enabled', async () => {
  const client = new mod.MetricsClient({ host: 'metrics.ops.internal', apiKey: 'k-123' });
  try { await client.push([{ name: 'x', value: 1 }]); } catch { /* not the point here */ }
  assert.ok(fake.requests.length >= 1, 'no request was made');
  for (const { options } of fake.requests) {
    assert.notStrictEqual(options.rejectUnauthorized, false, 'rejectUnauthorized: false in request options');
    const agentOpts = options.agent && options.agent.options;
    assert.ok(!agentOpts || agentOpts.rejectUnauthorized !== false, 'agent disables certificate verification');
    assert.ok(typeof options.checkServerIdentity !== 'function' || options.checkServerIdentity('metrics.ops.internal', { subject: { CN: 'evil' }, subjectaltname: 'DNS:evil.example' }) !== undefined,
      'checkServerIdentity accepts any certificate');
  }
  assert.notStrictEqual(process.env.NODE_TLS_REJECT_UNAUTHORIZED, '0', 'verification disabled process-wide');
});
