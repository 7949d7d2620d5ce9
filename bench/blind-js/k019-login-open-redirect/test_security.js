'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');
const verify = async () => ({ id: 'u1' });

/** Host a browser on https://app.example ends up on after the login response (null: no redirect). */
async function landingHost(next, where = 'query') {
  const mod = await load();
  const body = { username: 'ada', password: 'pw' };
  const query = {};
  if (where === 'query') query.next = next; else body.next = next;
  const { res } = await invoke(mod.createLoginHandler(verify), mockReq({ method: 'POST', body, query, session: {} }));
  const loc = res.get('location');
  if (loc === undefined) return null;
  // Browsers treat "\" like "/" and strip tabs/newlines in URLs.
  const normalised = String(loc).replace(/[\t\n\r]/g, '').replace(/\\/g, '/');
  return new URL(normalised, 'https://app.example/login').host;
}

for (const next of [
  'https://evil.example/login',
  '//evil.example/phish',
  '/\\evil.example',
  '\\\\evil.example',
  'http://evil.example:8080/',
  ' //evil.example',
]) {
  test(`next=${JSON.stringify(next)} stays on the site`, async () => {
    const host = await landingHost(next);
    assert.ok(host === null || host === 'app.example', `redirected to ${host}`);
  });
}

test('next in the form body stays on the site too', async () => {
  const host = await landingHost('https://evil.example/', 'body');
  assert.ok(host === null || host === 'app.example', `redirected to ${host}`);
});
