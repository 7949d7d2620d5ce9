'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function page(q) {
  const { res } = await invoke(mod.searchPage, mockReq({ query: { q } }));
  return String(res.body || '');
}

test('a script tag in q is not rendered as markup', async () => {
  const body = await page('<script>alert(document.cookie)</script>');
  assert.ok(!body.includes('<script>alert(document.cookie)</script>'));
});

test('an img/onerror payload in q is not rendered as markup', async () => {
  const body = await page('<img src=x onerror=alert(1)>');
  assert.ok(!/<img\s+src=x\s+onerror=/i.test(body));
});

test('q cannot break out of the value attribute', async () => {
  const body = await page('" autofocus onfocus="alert(1)');
  assert.ok(!body.includes('" autofocus onfocus="alert(1)'));
  // Every attribute of every <input> tag, read the way a browser tokenises them.
  for (const tag of body.match(/<input\b(?:"[^"]*"|'[^']*'|[^'">])*>/gi) || []) {
    const names = [...tag.slice(6).matchAll(/([^\s=>\/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((m) => m[1].toLowerCase());
    assert.ok(!names.some((n) => n.startsWith('on')), `event handler attribute in ${tag}`);
  }
});
