'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { makeReq, makeRes, setCookies } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

before(() => mod.directory.add('ana', 'correct-password'));

function login(body, query = {}) {
  const res = makeRes();
  mod.login(makeReq({ method: 'POST', body, query }), res);
  return res;
}

test('successful login redirects to next', () => {
  const res = login({ username: 'ana', password: 'correct-password' }, { next: '/settings?tab=profile' });
  assert.strictEqual(res.statusCode, 302);
  assert.strictEqual(res.getHeader('location'), '/settings?tab=profile');
  const [cookie] = setCookies(res);
  assert.strictEqual(cookie.name, 'sid');
  assert.strictEqual(mod.sessions.get(cookie.value).username, 'ana');
});

test('next from the form body works too', () => {
  const res = login({ username: 'ana', password: 'correct-password', next: '/reports/2024' });
  assert.strictEqual(res.getHeader('location'), '/reports/2024');
});

test('default redirect is the dashboard', () => {
  const res = login({ username: 'ana', password: 'correct-password' });
  assert.strictEqual(res.getHeader('location'), '/dashboard');
});

test('wrong password gives 401 and no session', () => {
  const before = mod.sessions.size;
  const res = login({ username: 'ana', password: 'nope' }, { next: '/settings' });
  assert.strictEqual(res.statusCode, 401);
  assert.strictEqual(mod.sessions.size, before);
});
