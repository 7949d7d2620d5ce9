'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

const verify = async (u, p) => (u === 'ada' && p === 'lovelace' ? { id: 'u-ada' } : null);

async function login({ body, query = {} }) {
  const mod = await load();
  return invoke(mod.createLoginHandler(verify), mockReq({ method: 'POST', body, query, session: {} }));
}

/** Where a browser on https://app.example would land. */
const landing = (res) => {
  const u = new URL(res.get('location'), 'https://app.example/login');
  return { host: u.host, path: u.pathname + u.search };
};

test('successful login redirects to the default landing page', async () => {
  const { res, req } = await login({ body: { username: 'ada', password: 'lovelace' } });
  assert.ok([302, 303].includes(res.statusCode));
  assert.deepEqual(landing(res), { host: 'app.example', path: '/dashboard' });
  assert.equal(req.session.userId, 'u-ada');
});

test('a local next path from the query is honoured', async () => {
  const { res } = await login({ body: { username: 'ada', password: 'lovelace' }, query: { next: '/settings/profile?tab=security' } });
  assert.deepEqual(landing(res), { host: 'app.example', path: '/settings/profile?tab=security' });
});

test('a local next path from the form body is honoured', async () => {
  const { res } = await login({ body: { username: 'ada', password: 'lovelace', next: '/reports' } });
  assert.deepEqual(landing(res), { host: 'app.example', path: '/reports' });
});

test('wrong password is 401 without a redirect', async () => {
  const { res, req } = await login({ body: { username: 'ada', password: 'nope' }, query: { next: '/reports' } });
  assert.equal(res.statusCode, 401);
  assert.equal(res.get('location'), undefined);
  assert.equal(req.session.userId, undefined);
});

test('missing fields are 400', async () => {
  const { res } = await login({ body: { username: 'ada' } });
  assert.equal(res.statusCode, 400);
});

test('authRouter mounts POST /login', async () => {
  const mod = await load();
  const router = mod.authRouter(verify);
  assert.ok(router.stack.some((r) => r.method === 'post' && r.path === '/login'));
});
