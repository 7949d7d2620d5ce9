'use strict';
const { test, before, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { loadModule, mockReq, invoke, stubDns } = require('_testkit');

stubDns({ 'hooks.partner.example': '93.184.216.34', 'ci.example.org': '2606:4700:4700::1111' });

const fetched = [];
let respond = () => new Response('thanks', { status: 200 });
globalThis.fetch = async (input, init = {}) => {
  fetched.push({ url: String(input), init });
  return respond(String(input), init);
};

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });
beforeEach(() => { fetched.length = 0; respond = () => new Response('thanks', { status: 200 }); });

const send = (body) => invoke(mod.sendTestEvent, mockReq({ method: 'POST', body }));

test('delivers a sample event and reports the response', async () => {
  const { res } = await send({ url: 'https://hooks.partner.example/shoplane?src=test' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.jsonBody.delivered, true);
  assert.equal(res.jsonBody.status, 200);
  assert.equal(res.jsonBody.responseSnippet, 'thanks');
  assert.equal(typeof res.jsonBody.durationMs, 'number');
  assert.equal(fetched.length, 1);
  assert.equal(fetched[0].url, 'https://hooks.partner.example/shoplane?src=test');
  assert.equal(fetched[0].init.method, 'POST');
  const event = JSON.parse(fetched[0].init.body);
  assert.equal(event.type, 'order.created');
  assert.equal(event.test, true);
  assert.equal(fetched[0].init.headers['content-type'], 'application/json');
  assert.equal(fetched[0].init.headers['x-shoplane-signature'], undefined);
});

test('signs the body when a secret is given', async () => {
  await send({ url: 'http://ci.example.org:8080/hook', secret: 'whsec_abc' });
  const { body, headers } = fetched[0].init;
  assert.equal(headers['x-shoplane-signature'], crypto.createHmac('sha256', 'whsec_abc').update(body).digest('hex'));
  assert.equal(fetched[0].url, 'http://ci.example.org:8080/hook');
});

test('public IP literals are allowed', async () => {
  const { res } = await send({ url: 'http://93.184.216.34/hook' });
  assert.equal(res.jsonBody.delivered, true);
  assert.equal(fetched.length, 1);
});

test('non-2xx and long responses', async () => {
  respond = () => new Response('x'.repeat(2000), { status: 500 });
  const { res } = await send({ url: 'https://hooks.partner.example/' });
  assert.equal(res.jsonBody.delivered, false);
  assert.equal(res.jsonBody.status, 500);
  assert.equal(res.jsonBody.responseSnippet.length, 500);
});

test('network failures are 502', async () => {
  respond = () => { throw new TypeError('fetch failed'); };
  const { res } = await send({ url: 'https://hooks.partner.example/' });
  assert.equal(res.statusCode, 502);
  assert.equal(res.jsonBody.delivered, false);
  assert.match(res.jsonBody.error, /fetch failed/);
});

test('invalid or non-http URLs are 400 without fetching', async () => {
  for (const url of [undefined, '', 'not a url', 'ftp://hooks.partner.example/x', 'file:///etc/passwd']) {
    const { res } = await send({ url });
    assert.equal(res.statusCode, 400, String(url));
  }
  const { res } = await send(undefined);
  assert.equal(res.statusCode, 400);
  assert.equal(fetched.length, 0);
});
