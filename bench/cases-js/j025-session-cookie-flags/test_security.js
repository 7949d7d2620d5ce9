'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes, setCookies } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

before(() => mod.directory.add('ana@example.com', 'pa55word!'));

test('the session cookie is HttpOnly and Secure', () => {
  const res = makeRes();
  mod.createSession(makeReq({ method: 'POST', body: { email: 'ana@example.com', password: 'pa55word!' } }), res);
  const cookie = setCookies(res).find((c) => c.name === 'session' || /sess|sid/i.test(c.name));
  assert.ok(cookie, 'no session cookie was set');
  assert.strictEqual(cookie.attrs.httponly, true, 'session cookie readable by page scripts (no HttpOnly)');
  assert.strictEqual(cookie.attrs.secure, true, 'session cookie sent over plain HTTP (no Secure)');
  assert.notStrictEqual(String(cookie.attrs.samesite || '').toLowerCase(), 'none', 'SameSite=None');
});
