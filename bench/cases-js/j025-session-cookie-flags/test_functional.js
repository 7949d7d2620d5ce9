'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes, setCookies } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

before(() => mod.directory.add('ana@example.com', 'pa55word!'));

test('login sets a session cookie bound to the user', () => {
  const res = makeRes();
  mod.createSession(makeReq({ method: 'POST', body: { email: 'Ana@Example.com', password: 'pa55word!' } }), res);
  assert.strictEqual(res.statusCode, 201);
  const cookie = setCookies(res).find((c) => c.name === 'session');
  assert.ok(cookie, 'session cookie set');
  assert.match(cookie.value, /^[0-9a-f]{64}$/);
  assert.strictEqual(mod.store.get(cookie.value).userId, 'ana@example.com');
  assert.strictEqual(cookie.attrs['max-age'], String(8 * 60 * 60));
});

test('wrong password sets no cookie', () => {
  const res = makeRes();
  mod.createSession(makeReq({ method: 'POST', body: { email: 'ana@example.com', password: 'nope' } }), res);
  assert.strictEqual(res.statusCode, 401);
  assert.deepStrictEqual(setCookies(res), []);
});

test('logout destroys the session and clears the cookie', () => {
  const id = mod.store.create('ana@example.com');
  const res = makeRes();
  mod.destroySession(makeReq({ method: 'DELETE', cookies: { session: id } }), res);
  assert.strictEqual(res.statusCode, 204);
  assert.strictEqual(mod.store.get(id), null);
  const cleared = setCookies(res).find((c) => c.name === 'session');
  assert.strictEqual(cleared.value, '');
});
