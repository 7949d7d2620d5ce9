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

for (const name of ['<script>alert(document.cookie)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>']) {
  test(`markup in the name is not rendered: ${name}`, async () => {
    const res = makeRes();
    try {
      mod.helloPage(makeReq({ query: { name } }), res);
      await withTimeout(res.done);
    } catch { /* refusing is fine */ }
    assert.ok(!/<script|<img|<svg/i.test(res.text), `markup reached the page: ${res.text}`);
  });
}
