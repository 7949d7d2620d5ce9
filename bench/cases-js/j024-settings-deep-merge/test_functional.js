'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

// Compare as JSON data (prototype-free containers are fine).
const plain = (v) => JSON.parse(JSON.stringify(v));

test('overrides are deep-merged over the defaults', () => {
  const settings = plain(mod.loadSettings(JSON.stringify({
    theme: { mode: 'dark' },
    notifications: { digest: { hour: 18 } },
    locale: 'de-DE',
    extra: { pinned: ['a', 'b'] },
  })));
  assert.deepStrictEqual(settings, {
    theme: { mode: 'dark', accent: '#3367d6' },
    notifications: { email: true, slack: false, digest: { enabled: true, hour: 18 } },
    features: { betaEditor: false },
    locale: 'de-DE',
    extra: { pinned: ['a', 'b'] },
  });
});

test('defaults are not mutated', () => {
  mod.loadSettings('{"theme": {"mode": "dark"}}');
  assert.strictEqual(mod.DEFAULT_SETTINGS.theme.mode, 'light');
});

test('non-object documents are refused', () => {
  assert.throws(() => mod.loadSettings('[1,2]'), TypeError);
  assert.throws(() => mod.loadSettings('{bad json'), SyntaxError);
});

test('deepMerge replaces arrays and primitives', () => {
  assert.deepStrictEqual(plain(mod.deepMerge({ a: [1], b: { c: 1 } }, { a: [2], b: 3 })), { a: [2], b: 3 });
});
