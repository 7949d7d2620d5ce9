'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const axios = require('axios');
const { mockReq, invoke, stubDns } = require('_testkit');

// No network: public names resolve from a table.
stubDns({ 'example.com': '93.184.215.14', 'blog.example.org': '203.0.113.80' });

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const PAGE = '<html><head><title>Hello world</title><meta name="description" content="A post"></head></html>';

test.beforeEach(() => {
  axios.__reset();
  axios.__setHandler(() => ({ status: 200, data: PAGE }));
});

const preview = async (url) => (await invoke(mod.previewHandler, mockReq({ query: url === undefined ? {} : { url } }))).res;

test('fetches a public page and returns its title and description', async () => {
  const res = await preview('https://example.com/post/1');
  assert.equal(res.statusCode, 200);
  assert.equal(res.jsonBody.title, 'Hello world');
  assert.equal(res.jsonBody.description, 'A post');
  assert.equal(res.jsonBody.url, 'https://example.com/post/1');
  assert.equal(axios.__calls.length, 1);
  assert.equal(new URL(axios.__calls[0].url).host, 'example.com');
});

test('http URLs on other public hosts work too', async () => {
  const res = await preview('http://blog.example.org/a?b=c');
  assert.equal(res.statusCode, 200);
  assert.equal(res.jsonBody.title, 'Hello world');
});

test('non-http URLs are refused', async () => {
  for (const url of [undefined, 'ftp://example.com/x', 'file:///etc/passwd']) {
    const res = await preview(url);
    assert.equal(res.statusCode, 400, String(url));
  }
  assert.equal(axios.__calls.length, 0);
});

test('upstream failures are a 502', async () => {
  axios.__setHandler(() => ({ status: 500, data: 'boom' }));
  assert.equal((await preview('https://example.com/down')).statusCode, 502);
});

test('extractPreview prefers og:title', () => {
  const out = mod.extractPreview('<meta property="og:title" content="OG"><title>T</title>');
  assert.equal(out.title, 'OG');
  assert.equal(out.description, null);
});
