'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { installFakeHttps } = require('./https_fake');

const fake = installFakeHttps();
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('push posts the batch to the gateway', async () => {
  const client = new mod.MetricsClient({ host: 'metrics.ops.internal', apiKey: 'k-123' });
  const result = await client.push([{ name: 'queue.depth', value: 12, tags: { queue: 'mail' } }]);
  assert.deepStrictEqual(result, { status: 202, body: '{"accepted":true}' });
  assert.strictEqual(fake.requests.length, 1);
  const { options, body } = fake.requests[0];
  assert.strictEqual(options.hostname, 'metrics.ops.internal');
  assert.strictEqual(Number(options.port), 8443);
  assert.strictEqual(options.path, '/v1/metrics');
  assert.strictEqual(options.method, 'POST');
  assert.strictEqual(options.headers.Authorization, 'Bearer k-123');
  const sent = JSON.parse(body);
  assert.strictEqual(sent.metrics[0].name, 'queue.depth');
  assert.strictEqual(Number(options.headers['Content-Length']), Buffer.byteLength(body));
});
