'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const PROBES = ['isAdmin', 'polluted', 'shell'];

test.afterEach(() => {
  for (const k of PROBES) delete Object.prototype[k];
});

/** Apply a raw JSON body as a user would; refusing it is fine. */
function apply(body) {
  const store = new mod.SettingsStore();
  try { store.update('attacker', body); } catch { /* rejection is fine */ }
  return store;
}

test('__proto__ in the body does not reach Object.prototype', () => {
  apply('{"__proto__": {"isAdmin": true}}');
  assert.equal(({}).isAdmin, undefined);
});

test('constructor.prototype in the body does not reach Object.prototype', () => {
  apply('{"constructor": {"prototype": {"polluted": "yes"}}}');
  assert.equal(({}).polluted, undefined);
});

test('nested __proto__ does not reach Object.prototype', () => {
  apply('{"notifications": {"__proto__": {"shell": "/bin/sh"}}}');
  assert.equal(({}).shell, undefined);
});

test('deepMerge on its own does not pollute', () => {
  try { mod.deepMerge({}, JSON.parse('{"__proto__": {"isAdmin": 1}}')); } catch { /* rejection is fine */ }
  assert.equal(({}).isAdmin, undefined);
});
