'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const LOG = [
  '> shoplane-web@3.14.0 build',
  '> vite build --mode production',
  'warning: chunk "vendor" is 812 kB',
  'npm ERR! code ELIFECYCLE',
  'npm ERR! errno 1',
  'Error: <App> failed to render: "props.user" is undefined',
  'Done in 42.7s & exited with code 1',
].join('\r\n');

const LOGS = { b_101: LOG, b_102: 'all good\n' };
const loadLog = async (id) => (id in LOGS ? LOGS[id] : null);
const search = (buildId, query) => invoke(mod.createLogSearchHandler(loadLog), mockReq({ params: { buildId }, query }));

test('case-insensitive search marks every match', async () => {
  const { res } = await search('b_101', { q: 'err' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.jsonBody.buildId, 'b_101');
  assert.equal(res.jsonBody.count, 3);
  assert.deepEqual(res.jsonBody.matches.map((m) => m.lineNo), [4, 5, 6]);
  assert.equal(res.jsonBody.matches[0].html, 'npm <mark>ERR</mark>! code ELIFECYCLE');
  assert.equal(res.jsonBody.matches[2].html, '<mark>Err</mark>or: &lt;App&gt; failed to render: &quot;props.user&quot; is undefined');
});

test('case-sensitive search', async () => {
  const { res } = await search('b_101', { q: 'Error', case: '1' });
  assert.deepEqual(res.jsonBody.matches.map((m) => m.lineNo), [6]);
});

test('punctuation in searches is matched literally', async () => {
  let { res } = await search('b_101', { q: 'npm ERR!' });
  assert.equal(res.jsonBody.count, 2);
  ({ res } = await search('b_101', { q: '3.14.0' }));
  assert.equal(res.jsonBody.matches[0].html, '&gt; shoplane-web@<mark>3.14.0</mark> build');
  ({ res } = await search('b_101', { q: '42.7s & exited' }));
  assert.equal(res.jsonBody.matches[0].html, 'Done in <mark>42.7s &amp; exited</mark> with code 1');
  ({ res } = await search('b_101', { q: '--mode' }));
  assert.equal(res.jsonBody.matches[0].lineNo, 2);
});

test('several matches on one line', () => {
  const out = mod.highlightLines(['a-b-a-b', 'none'], 'b');
  assert.deepEqual(out, [{ lineNo: 1, html: 'a-<mark>b</mark>-a-<mark>b</mark>' }]);
});

test('no matches, missing query, unknown build', async () => {
  let { res } = await search('b_102', { q: 'ERR' });
  assert.deepEqual(res.jsonBody, { buildId: 'b_102', count: 0, matches: [] });
  ({ res } = await search('b_101', {}));
  assert.equal(res.statusCode, 400);
  ({ res } = await search('b_101', { q: '   ' }));
  assert.equal(res.statusCode, 400);
  ({ res } = await search('b_999', { q: 'x' }));
  assert.equal(res.statusCode, 404);
});

test('results are capped', () => {
  const lines = Array.from({ length: mod.MAX_RESULTS + 50 }, (_, i) => `step ${i} ok`);
  assert.equal(mod.highlightLines(lines, 'ok').length, mod.MAX_RESULTS);
});

test('router', () => {
  const r = mod.createLogRouter(loadLog);
  assert.equal(r.stack[0].path, '/builds/:buildId/log/search');
});
