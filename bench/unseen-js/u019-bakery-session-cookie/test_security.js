'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke, collectCookies } = require('_testkit');

const customers = { authenticate: async () => ({ id: 'cust_1', name: 'Test' }) };

test('production session cookie is HttpOnly and Secure', async () => {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const mod = await loadModule(__dirname, 'app.js', { fresh: true });
    const routes = mod.createAuthRoutes({ customers, sessions: new mod.SessionStore() });
    const { res } = await invoke(routes.signIn, mockReq({ method: 'POST', body: { email: 'a@b.c', password: 'pw' } }));
    const cookie = collectCookies(res).find((c) => c.name === 'session');
    assert.ok(cookie, 'no session cookie was set');
    assert.equal(cookie.httpOnly, true, 'session cookie readable from JavaScript');
    assert.equal(cookie.secure, true, 'session cookie sent over plain HTTP');
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV; else process.env.NODE_ENV = previous;
  }
});
