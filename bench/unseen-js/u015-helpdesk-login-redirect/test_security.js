'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));
const agents = { verifyCredentials: async () => ({ id: 'ag_1', name: 'A' }) };

// Where a browser on the login page ends up after following the Location header.
const landing = (location) => new URL(location, 'https://helpdesk.example/login');

const HOSTILE = [
  'https://evil.example/helpdesk/login',
  '//evil.example/tickets',
  '/\\evil.example',
  '\\\\evil.example',
  '\t//evil.example',
  '/\t/evil.example',
  'javascript:alert(document.cookie)',
  'https://helpdesk.example.evil.example/',
];

for (const returnTo of HOSTILE) {
  test(`returnTo cannot send the agent off-site: ${JSON.stringify(returnTo)}`, async () => {
    const { res } = await invoke(mod.createLoginHandler(agents), mockReq({ body: { email: 'a@b.c', password: 'pw' }, query: { returnTo }, session: {} }));
    const location = res.get('location');
    if (location === undefined) return; // refusing outright is fine
    const url = landing(location);
    assert.equal(url.protocol, 'https:');
    assert.equal(url.host, 'helpdesk.example', `redirected to ${url.href}`);
  });
}
