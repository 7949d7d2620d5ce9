'use strict';
const { test, before, afterEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

afterEach(() => {
  delete Object.prototype.isAdmin;
  delete Object.prototype.polluted;
});

test('__proto__ in saved settings does not pollute Object.prototype', () => {
  try { mod.loadSettings('{"theme": {"mode": "dark"}, "__proto__": {"isAdmin": true}}'); } catch { /* refusing is fine */ }
  assert.strictEqual({}.isAdmin, undefined, 'Object.prototype was polluted');
});

test('nested __proto__ does not pollute Object.prototype', () => {
  try { mod.loadSettings('{"notifications": {"__proto__": {"polluted": "yes"}}}'); } catch { /* refusing is fine */ }
  assert.strictEqual({}.polluted, undefined, 'Object.prototype was polluted');
});

test('constructor.prototype does not pollute Object.prototype', () => {
  try { mod.deepMerge({}, JSON.parse('{"constructor": {"prototype": {"isAdmin": true}}}')); } catch { /* refusing is fine */ }
  assert.strictEqual({}.isAdmin, undefined, 'Object.prototype was polluted');
});
