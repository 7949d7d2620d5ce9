'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('nested keys merge without losing siblings', () => {
  const store = new mod.SettingsStore();
  const out = store.update('u1', JSON.stringify({ theme: 'dark', notifications: { sms: true } }));
  assert.deepEqual(out, {
    theme: 'dark',
    language: 'en',
    notifications: { email: true, sms: true, digest: 'weekly' },
  });
  assert.deepEqual(store.get('u1'), out);
});

test('users do not share settings and defaults are untouched', () => {
  const store = new mod.SettingsStore();
  store.update('u1', '{"language":"de"}');
  assert.equal(store.get('u2').language, 'en');
  assert.equal(mod.DEFAULT_SETTINGS.language, 'en');
});

test('new nested sections and arrays are stored', () => {
  const store = new mod.SettingsStore();
  const out = store.update('u3', JSON.stringify({ shortcuts: { save: 'ctrl+s' }, pinned: ['a', 'b'] }));
  assert.deepEqual(out.shortcuts, { save: 'ctrl+s' });
  assert.deepEqual(out.pinned, ['a', 'b']);
});

test('deepMerge replaces scalars and recurses into objects', () => {
  const target = { a: 1, b: { c: 2, d: 3 } };
  assert.deepEqual(mod.deepMerge(target, { a: 5, b: { d: 4 }, e: { f: 6 } }), { a: 5, b: { c: 2, d: 4 }, e: { f: 6 } });
});

test('handler answers with the merged settings, 400 on bad JSON', async () => {
  const handler = mod.createSettingsHandler(new mod.SettingsStore());
  const ok = await invoke(handler, mockReq({ method: 'PATCH', body: '{"theme":"dark"}', user: { id: 'u9' } }));
  assert.equal(ok.res.statusCode, 200);
  assert.equal(ok.res.jsonBody.theme, 'dark');
  const bad = await invoke(handler, mockReq({ method: 'PATCH', body: '{nope', user: { id: 'u9' } }));
  assert.equal(bad.res.statusCode, 400);
});
