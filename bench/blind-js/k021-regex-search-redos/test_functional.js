'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

const ENTRIES = [
  { id: 1, level: 'info', message: 'User alice logged in' },
  { id: 2, level: 'error', message: 'Payment gateway timeout after 30s' },
  { id: 3, level: 'warn', message: 'Disk usage at 91% on db-1' },
  { id: 4, level: 'error', message: 'Login failed for user bob' },
];

async function search(query) {
  const mod = await load();
  return (await invoke(mod.createSearchHandler(() => ENTRIES), mockReq({ query }))).res;
}

test('plain text search is case-insensitive', async () => {
  const res = await search({ q: 'LOGGED in' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.jsonBody.results.map((e) => e.id), [1]);
  assert.equal(res.jsonBody.count, 1);
});

test('search matches substrings across entries', async () => {
  const res = await search({ q: 'user' });
  assert.deepEqual(res.jsonBody.results.map((e) => e.id), [1, 4]);
});

test('level filter narrows the results', async () => {
  const res = await search({ q: 'user', level: 'ERROR' });
  assert.deepEqual(res.jsonBody.results.map((e) => e.id), [4]);
});

test('text with punctuation is found literally', async () => {
  const res = await search({ q: '91% on db-1' });
  assert.deepEqual(res.jsonBody.results.map((e) => e.id), [3]);
});

test('a missing query is a 400', async () => {
  assert.equal((await search({})).statusCode, 400);
});

test('filterEntries works on its own', async () => {
  const mod = await load();
  assert.deepEqual(mod.filterEntries(ENTRIES, 'timeout').map((e) => e.id), [2]);
});
