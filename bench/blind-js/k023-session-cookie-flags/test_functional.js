'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke, collectCookies } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const verify = async (u, p) => (u === 'kim' && p === 'pa55word' ? { id: 'u-kim', name: 'Kim' } : null);

function setup() {
  const store = new mod.SessionStore();
  return { store, auth: mod.createAuthHandlers(store, verify) };
}

test('login sets a session cookie that maps to the user', async () => {
  const { store, auth } = setup();
  const { res } = await invoke(auth.login, mockReq({ method: 'POST', body: { username: 'kim', password: 'pa55word' } }));
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.jsonBody, { id: 'u-kim', name: 'Kim' });
  const cookie = collectCookies(res).find((c) => c.name === mod.SESSION_COOKIE);
  assert.ok(cookie, 'no session cookie');
  assert.ok(cookie.value.length >= 32);
  assert.equal(store.sessions.get(cookie.value).userId, 'u-kim');
  const maxAge = Number(cookie.options.maxAge ?? cookie.options['max-age'] * 1000);
  assert.ok(maxAge > 60 * 60 * 1000, 'session cookie should persist for hours');
});

test('wrong credentials set no cookie', async () => {
  const { auth } = setup();
  const { res } = await invoke(auth.login, mockReq({ method: 'POST', body: { username: 'kim', password: 'x' } }));
  assert.equal(res.statusCode, 401);
  assert.equal(collectCookies(res).length, 0);
});

test('logout destroys the session and clears the cookie', async () => {
  const { store, auth } = setup();
  const sid = store.create('u-kim');
  const { res } = await invoke(auth.logout, mockReq({ method: 'POST', cookies: { sid } }));
  assert.equal(res.statusCode, 204);
  assert.equal(store.sessions.has(sid), false);
  const cleared = res.clearedCookies.some((c) => c.name === mod.SESSION_COOKIE)
    || collectCookies(res).some((c) => c.name === mod.SESSION_COOKIE && (c.value === '' || c.options.expires || c.options.maxAge === 0));
  assert.ok(cleared);
});

test('router wires both routes', () => {
  const { auth } = setup();
  const paths = auth.router.stack.map((r) => `${r.method} ${r.path}`);
  assert.ok(paths.includes('post /login'));
  assert.ok(paths.includes('post /logout'));
});
