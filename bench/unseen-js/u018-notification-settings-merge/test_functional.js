'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke } = require('_testkit');

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

const patch = (store, body, user = { id: 'u_1' }) =>
  invoke(mod.createSettingsHandler(store), mockReq({ method: 'PATCH', body, user }));

test('first patch starts from defaults and merges nested keys', async () => {
  const store = new Map();
  const { res } = await patch(store, JSON.parse('{"email":{"digest":"weekly"},"push":{"quietHours":{"start":"23:30"}}}'));
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.jsonBody, {
    email: { mentions: true, assignments: true, digest: 'weekly' },
    push: { enabled: false, quietHours: { start: '23:30', end: '07:00' } },
    mutedProjects: [],
    locale: 'en',
  });
  assert.deepEqual(store.get('u_1'), res.jsonBody);
});

test('patches accumulate; arrays and scalars replace', async () => {
  const store = new Map();
  await patch(store, { mutedProjects: ['p_1', 'p_2'], locale: 'de' });
  const { res } = await patch(store, { mutedProjects: ['p_3'], push: { enabled: true } });
  assert.deepEqual(res.jsonBody.mutedProjects, ['p_3']);
  assert.equal(res.jsonBody.locale, 'de');
  assert.equal(res.jsonBody.push.enabled, true);
  assert.deepEqual(res.jsonBody.push.quietHours, { start: '22:00', end: '07:00' });
});

test('new keys and nulls are accepted', async () => {
  const store = new Map();
  const { res } = await patch(store, { slack: { channel: '#eng' }, push: { quietHours: null } });
  assert.deepEqual(res.jsonBody.slack, { channel: '#eng' });
  assert.equal(res.jsonBody.push.quietHours, null);
  const again = await patch(store, { push: { quietHours: { start: '21:00' } } });
  assert.deepEqual(again.res.jsonBody.push.quietHours, { start: '21:00' });
});

test('users are independent and defaults are never mutated', async () => {
  const store = new Map();
  await patch(store, { email: { mentions: false }, mutedProjects: ['x'] }, { id: 'a' });
  const { res } = await patch(store, {}, { id: 'b' });
  assert.equal(res.jsonBody.email.mentions, true);
  assert.deepEqual(res.jsonBody.mutedProjects, []);
  assert.equal(mod.DEFAULT_SETTINGS.email.mentions, true);
  assert.deepEqual(mod.DEFAULT_SETTINGS.mutedProjects, []);
});

test('deepMerge on its own copies arrays', () => {
  const src = { tags: ['a'] };
  const out = mod.deepMerge({ tags: ['z'], n: 1 }, src);
  assert.deepEqual(out, { tags: ['a'], n: 1 });
  src.tags.push('b');
  assert.deepEqual(out.tags, ['a']);
});

test('errors: not signed in, non-object body', async () => {
  const store = new Map();
  let { res } = await patch(store, { locale: 'fr' }, null);
  assert.equal(res.statusCode, 401);
  for (const body of [null, 'x', 5, ['a']]) {
    ({ res } = await patch(store, body));
    assert.equal(res.statusCode, 400);
  }
  assert.equal(store.size, 0);
});
