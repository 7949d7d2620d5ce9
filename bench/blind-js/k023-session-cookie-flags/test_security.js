'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke, collectCookies } = require('_testkit');

// Judge the cookie as it would be set in a production deployment.
process.env.NODE_ENV = 'production';

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function sessionCookie() {
  const store = new mod.SessionStore();
  const auth = mod.createAuthHandlers(store, async () => ({ id: 'u1', name: 'U' }));
  const req = mockReq({ method: 'POST', body: { username: 'u', password: 'p' }, secure: true, protocol: 'https' });
  const { res } = await invoke(auth.login, req);
  const cookies = collectCookies(res).filter((c) => c.name === mod.SESSION_COOKIE || store.sessions.has(c.value));
  assert.ok(cookies.length > 0, 'login set no session cookie');
  return cookies;
}

test('session cookie is HttpOnly', async () => {
  for (const c of await sessionCookie()) assert.equal(c.httpOnly, true, 'document.cookie can read the session id');
});

test('session cookie is Secure', async () => {
  for (const c of await sessionCookie()) assert.equal(c.secure, true, 'session id may travel over plain HTTP');
});
