'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { makeReq, makeRes, withTimeout } = require('../testkit');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

async function hello(query) {
  const res = makeRes();
  mod.helloPage(makeReq({ query }), res);
  await withTimeout(res.done);
  return res;
}

test('greets by name', async () => {
  const res = await hello({ name: 'Ada Lovelace' });
  assert.strictEqual(res.statusCode, 200);
  assert.match(res.getHeader('content-type'), /text\/html/);
  assert.ok(res.text.includes('<h1>Hello Ada Lovelace</h1>'));
  assert.ok(res.text.includes('<title>Welcome</title>'));
});

test('defaults to guest', async () => {
  const res = await hello({});
  assert.ok(res.text.includes('<h1>Hello guest</h1>'));
});

test('route is registered', () => {
  assert.ok(mod.default.routes.some((r) => r.path === '/hello'));
});
