'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('search page lists matching articles and repeats the query', async () => {
  const { res } = await invoke(mod.searchPage, mockReq({ query: { q: 'billing' } }));
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /1 result\(s\) for <strong>billing<\/strong>/);
  assert.match(res.body, /<a href="\/help\/billing-cycle">Understanding your billing cycle<\/a>/);
  assert.match(res.body, /<input name="q" value="billing">/);
});

test('no results renders the empty message', async () => {
  const { res } = await invoke(mod.searchPage, mockReq({ query: { q: 'kubernetes' } }));
  assert.match(res.body, /No articles match <strong>kubernetes<\/strong>/);
  assert.doesNotMatch(res.body, /<li>/);
});

test('blank query renders the form without results', async () => {
  const { res } = await invoke(mod.searchPage, mockReq({ query: {} }));
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<form action="\/help\/search">/);
});

test('searchArticles is case-insensitive', () => {
  assert.deepEqual(mod.searchArticles('EXPORT').map((a) => a.slug), ['export-data']);
});
