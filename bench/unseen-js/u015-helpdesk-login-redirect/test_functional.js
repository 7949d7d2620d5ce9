'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const agents = {
  seen: [],
  async verifyCredentials(email, password) {
    this.seen.push(email);
    return email === 'maya@support.example' && password === 'queue-zero-2026' ? { id: 'ag_12', name: 'Maya' } : null;
  },
};

const login = (body, query = {}) => invoke(mod.createLoginHandler(agents), mockReq({ method: 'POST', body, query, session: {} }));
const GOOD = { email: ' Maya@Support.example ', password: 'queue-zero-2026' };

test('successful login goes to the queue by default and fills the session', async () => {
  const { res, req } = await login(GOOD);
  assert.equal(res.statusCode, 303);
  assert.equal(res.get('location'), '/queue');
  assert.equal(mod.DEFAULT_LANDING, '/queue');
  assert.equal(req.session.agentId, 'ag_12');
  assert.equal(req.session.agentName, 'Maya');
  assert.equal(typeof req.session.loginAt, 'number');
  assert.equal(agents.seen.at(-1), 'maya@support.example');
});

test('returnTo paths inside the console are honoured exactly', async () => {
  for (const returnTo of ['/tickets/4821?tab=notes#reply', '/reports/sla?from=2026-01-01&to=2026-01-31', '/queue', '/settings/macros/edit-reply']) {
    const { res } = await login(GOOD, { returnTo });
    assert.equal(res.statusCode, 303);
    assert.equal(res.get('location'), returnTo);
  }
});

test('bad credentials are 401 and do not redirect', async () => {
  const { res, req } = await login({ email: 'maya@support.example', password: 'nope' }, { returnTo: '/tickets/1' });
  assert.equal(res.statusCode, 401);
  assert.equal(res.get('location'), undefined);
  assert.equal(req.session.agentId, undefined);
});

test('missing fields are 400', async () => {
  for (const body of [{}, { email: 'a@b.c' }, { password: 'x' }, undefined, { email: ['x'], password: 'y' }]) {
    const { res } = await login(body);
    assert.equal(res.statusCode, 400);
  }
});

test('directory errors go to next()', async () => {
  const broken = { verifyCredentials: async () => { throw new Error('ldap down'); } };
  const r = await invoke(mod.createLoginHandler(broken), mockReq({ body: GOOD, session: {} }));
  assert.equal(r.nextCalled, true);
  assert.match(r.nextArg.message, /ldap down/);
});

test('router wires login and logout', async () => {
  const router = mod.createAuthRouter(agents);
  const paths = router.stack.map((r) => `${r.method} ${r.path}`);
  assert.deepEqual(paths, ['post /login', 'post /logout']);
  const logout = router.stack[1].handlers.at(-1);
  const { res, req } = await invoke(logout, mockReq({ session: { agentId: 'x' } }));
  assert.equal(res.get('location'), '/login');
  assert.equal(req.session, null);
});
