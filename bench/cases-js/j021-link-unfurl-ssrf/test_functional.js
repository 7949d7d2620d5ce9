'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { installNetFakes } = require('./net_fakes');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const net = installNetFakes();
let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

async function unfurl(url) {
  const res = makeRes();
  await mod.unfurlHandler(makeReq({ query: url === undefined ? {} : { url } }), res);
  await withTimeout(res.done);
  return res;
}

test('returns the Open Graph preview of a public page', async () => {
  const res = await unfurl('https://example.com/article');
  assert.strictEqual(res.statusCode, 200);
  assert.deepStrictEqual(res.data, {
    url: 'https://example.com/article',
    title: 'Rust 2.0 released',
    description: 'What is new in the release',
    image: 'https://example.com/cover.png',
  });
  assert.ok(net.fetched.includes('https://example.com/article'));
});

test('falls back to <title> and meta description', async () => {
  const res = await unfurl('https://www.example.com/plain');
  assert.strictEqual(res.data.title, 'Plain page');
  assert.strictEqual(res.data.description, 'Just text');
  assert.strictEqual(res.data.image, null);
});

test('non-HTML links get an empty preview', async () => {
  const res = await unfurl('https://example.com/report.pdf');
  assert.deepStrictEqual(res.data, { url: 'https://example.com/report.pdf', title: null, description: null, image: null });
});

test('upstream errors give 502, missing url 400', async () => {
  assert.strictEqual((await unfurl('https://example.com/missing')).statusCode, 502);
  assert.strictEqual((await unfurl(undefined)).statusCode, 400);
});
