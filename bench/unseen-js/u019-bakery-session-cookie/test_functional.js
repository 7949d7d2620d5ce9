'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke, collectCookies } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const customers = {
  async authenticate(email, password) {
    return email === 'rosa@example.com' && password === 'sourdough-sunday' ? { id: 'cust_9', name: 'Rosa' } : null;
  },
};

function setup() {
  const sessions = new mod.SessionStore();
  return { sessions, routes: mod.createAuthRoutes({ customers, sessions }) };
}

test('sign-in sets a session cookie that identifies the customer', async () => {
  const { sessions, routes } = setup();
  const { res } = await invoke(routes.signIn, mockReq({ method: 'POST', body: { email: 'rosa@example.com', password: 'sourdough-sunday' } }));
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.jsonBody, { customer: { id: 'cust_9', name: 'Rosa' } });
  const cookies = collectCookies(res).filter((c) => c.name === mod.SESSION_COOKIE);
  assert.equal(cookies.length, 1);
  const [cookie] = cookies;
  assert.ok(cookie.value.length >= 32);
  assert.equal(sessions.get(cookie.value).customerId, 'cust_9');
  assert.equal(Number(cookie.options.maxAge ?? cookie.options['max-age'] * 1000), mod.SESSION_TTL_MS);
  assert.equal(String(cookie.sameSite).toLowerCase(), 'lax');
  assert.equal(cookie.options.path, '/');

  const me = await invoke(routes.whoAmI, mockReq({ cookies: { session: cookie.value } }));
  assert.deepEqual(me.res.jsonBody, { customerId: 'cust_9' });
});

test('each sign-in gets a new session', async () => {
  const { routes } = setup();
  const body = { email: 'rosa@example.com', password: 'sourdough-sunday' };
  const a = collectCookies((await invoke(routes.signIn, mockReq({ body }))).res)[0].value;
  const b = collectCookies((await invoke(routes.signIn, mockReq({ body }))).res)[0].value;
  assert.notEqual(a, b);
});

test('wrong password: 401 and no cookie', async () => {
  const { routes } = setup();
  for (const body of [{ email: 'rosa@example.com', password: 'rye' }, {}, undefined]) {
    const { res } = await invoke(routes.signIn, mockReq({ body }));
    assert.equal(res.statusCode, 401);
    assert.equal(collectCookies(res).length, 0);
  }
});

test('sign-out destroys the session and clears the cookie', async () => {
  const { sessions, routes } = setup();
  const sid = sessions.create('cust_9');
  const { res } = await invoke(routes.signOut, mockReq({ method: 'POST', cookies: { session: sid } }));
  assert.equal(res.statusCode, 204);
  assert.equal(res.clearedCookies[0].name, 'session');
  assert.equal(sessions.get(sid), null);
  const me = await invoke(routes.whoAmI, mockReq({ cookies: { session: sid } }));
  assert.equal(me.res.statusCode, 401);
});

test('expired sessions are rejected; router wiring', async () => {
  const { sessions, routes } = setup();
  const sid = sessions.create('cust_1');
  sessions.sessions.get(sid).expiresAt = Date.now() - 1;
  assert.equal(sessions.get(sid), null);
  assert.deepEqual(routes.router.stack.map((r) => `${r.method} ${r.path}`), ['post /signin', 'post /signout', 'get /me']);
});
