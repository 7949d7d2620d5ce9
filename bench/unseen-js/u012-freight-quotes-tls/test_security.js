'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const https = require('node:https');
const path = require('node:path');
const { EventEmitter } = require('node:events');

const sent = [];
const realRequest = https.request;
https.request = (options, onResponse) => {
  sent.push(options);
  const req = new EventEmitter();
  req.setTimeout = () => req;
  req.destroy = () => {};
  req.write = () => true;
  req.end = () => {
    setImmediate(() => {
      const res = new EventEmitter();
      res.statusCode = 200;
      res.setEncoding = () => res;
      onResponse(res);
      res.emit('data', '{"quotes":[]}');
      res.emit('end');
    });
    return req;
  };
  return req;
};

const client = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('partner requests verify the server certificate', async () => {
  await client.getQuotes({ from: 'A', to: 'B', weightKg: 1 });
  assert.equal(sent.length, 1);
  const options = sent[0];
  assert.notEqual(options.rejectUnauthorized, false, 'request options disable certificate checks');
  const agent = options.agent || https.globalAgent;
  assert.notEqual(agent.options && agent.options.rejectUnauthorized, false, 'agent disables certificate checks');
  assert.notEqual(process.env.NODE_TLS_REJECT_UNAUTHORIZED, '0');
  assert.notEqual(https.globalAgent.options.rejectUnauthorized, false);
});

test('exported agent does not disable verification', () => {
  if (client.partnerAgent) assert.notEqual(client.partnerAgent.options.rejectUnauthorized, false);
  https.request = realRequest;
});
