'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const https = require('node:https');
const path = require('node:path');
const { EventEmitter } = require('node:events');

// Replace https.request before the client loads: record options, answer from `reply`.
const sent = [];
let reply = () => ({ status: 200, body: '{}' });
https.request = (options, onResponse) => {
  const req = new EventEmitter();
  const entry = { options, body: '' };
  sent.push(entry);
  req.setTimeout = () => req;
  req.destroy = (err) => { if (err) setImmediate(() => req.emit('error', err)); };
  req.write = (chunk) => { entry.body += chunk; return true; };
  req.end = (chunk) => {
    if (chunk) entry.body += chunk;
    const { status, body } = reply(entry);
    setImmediate(() => {
      const res = new EventEmitter();
      res.statusCode = status;
      res.headers = { 'content-type': 'application/json' };
      res.setEncoding = () => res;
      onResponse(res);
      res.emit('data', body);
      res.emit('end');
    });
    return req;
  };
  return req;
};

process.env.FREIGHTLINK_TOKEN = 'tok_test_123';
const client = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => { sent.length = 0; reply = () => ({ status: 200, body: '{}' }); });

test('getQuotes posts the shipment and sorts quotes cheapest first', async () => {
  reply = () => ({
    status: 200,
    body: JSON.stringify({ quotes: [
      { carrier_name: 'SwiftShip', price: 12.5, transit_days: 2 },
      { carrier_name: 'EconoFreight', price: 7.99, transit_days: 5 },
      { carrier_name: 'NextDay', price: 24, transit_days: 1 },
    ] }),
  });
  const quotes = await client.getQuotes({ from: 'EC1A 1BB', to: 'M1 1AE', weightKg: 2.345 });
  assert.deepEqual(quotes, [
    { carrier: 'EconoFreight', priceCents: 799, transitDays: 5 },
    { carrier: 'SwiftShip', priceCents: 1250, transitDays: 2 },
    { carrier: 'NextDay', priceCents: 2400, transitDays: 1 },
  ]);
  assert.equal(sent.length, 1);
  const { options, body } = sent[0];
  assert.equal(options.method, 'POST');
  assert.equal(options.host || options.hostname, 'api.freightlink-partner.example');
  assert.equal(options.path, '/v2/quotes');
  assert.equal(options.headers.Authorization, 'Bearer tok_test_123');
  assert.equal(options.headers['Content-Type'], 'application/json');
  assert.equal(Number(options.headers['Content-Length']), Buffer.byteLength(body));
  assert.deepEqual(JSON.parse(body), { origin_postcode: 'EC1A 1BB', destination_postcode: 'M1 1AE', weight_grams: 2345 });
});

test('uses the keep-alive partner agent and a timeout', async () => {
  await client.postJson('/v2/ping', {});
  const { options } = sent[0];
  assert.ok(options.agent instanceof https.Agent);
  assert.equal(options.agent, client.partnerAgent);
  assert.equal(client.partnerAgent.keepAlive, true);
  assert.equal(client.partnerAgent.maxSockets, 10);
  assert.equal(options.timeout, 8000);
  await client.postJson('/v2/ping', {}, { timeoutMs: 500 });
  assert.equal(sent[1].options.timeout, 500);
});

test('empty quote list', async () => {
  assert.deepEqual(await client.getQuotes({ from: 'A', to: 'B', weightKg: 1 }), []);
});

test('HTTP errors and bad JSON reject', async () => {
  reply = () => ({ status: 503, body: 'upstream unavailable' });
  await assert.rejects(client.getQuotes({ from: 'A', to: 'B', weightKg: 1 }), /FreightLink 503: upstream unavailable/);
  reply = () => ({ status: 200, body: '<html>' });
  await assert.rejects(client.postJson('/v2/quotes', {}), /invalid JSON/);
});
