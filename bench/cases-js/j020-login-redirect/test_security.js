'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

before(() => mod.directory.add('ana', 'correct-password'));

const SITE = 'https://app.acme.example';

for (const next of ['https://evil.example/login', '//evil.example/login', '/\\evil.example', 'javascript:alert(1)', ' https://evil.example', 'https:evil.example']) {
  test(`login does not redirect off-site: ${JSON.stringify(next)}`, () => {
    const res = makeRes();
    try {
      mod.login(makeReq({ method: 'POST', body: { username: 'ana', password: 'correct-password' }, query: { next } }), res);
    } catch { /* refusing is fine */ }
    const location = res.getHeader('location');
    if (location === undefined) return;
    // Browsers treat "\" like "/" and trim leading/trailing C0 controls and spaces.
    const normalized = String(location).trim().replace(/\\/g, '/');
    const target = new URL(normalized, `${SITE}/login`);
    assert.strictEqual(target.origin, SITE, `redirected to ${location}`);
  });
}
