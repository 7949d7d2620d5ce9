'use strict';
const { test, before, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke } = require('_testkit');

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });
afterEach(() => {
  for (const k of ['isAdmin', 'polluted', 'role']) delete Object.prototype[k];
});

const BODIES = [
  '{"__proto__": {"isAdmin": true}}',
  '{"email": {"__proto__": {"polluted": "yes"}}}',
  '{"constructor": {"prototype": {"role": "owner"}}}',
  '{"push": {"quietHours": {"constructor": {"prototype": {"polluted": 1}}}}}',
];

for (const raw of BODIES) {
  test(`settings patch cannot pollute Object.prototype: ${raw}`, async () => {
    const store = new Map();
    await invoke(mod.createSettingsHandler(store), mockReq({ method: 'PATCH', body: JSON.parse(raw), user: { id: 'mallory' } }));
    const probe = {};
    assert.equal(probe.isAdmin, undefined);
    assert.equal(probe.polluted, undefined);
    assert.equal(probe.role, undefined);
  });
}

test('deepMerge itself refuses __proto__', () => {
  mod.deepMerge({}, JSON.parse('{"__proto__": {"isAdmin": true}}'));
  assert.equal({}.isAdmin, undefined);
});
