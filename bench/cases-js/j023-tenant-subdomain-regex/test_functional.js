'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('valid subdomains', () => {
  for (const name of ['acme', 'eu.acme', 'Acme42', ' team7 ', 'a.b.c', 'acme.', 'x']) {
    assert.strictEqual(mod.isValidSubdomain(name), true, name);
  }
});

test('invalid subdomains', () => {
  for (const name of ['', 'bad_name', '-acme', 'a..b', '.acme', 'acme corp', 'ünicode', 'a'.repeat(64), 'a/b']) {
    assert.strictEqual(mod.isValidSubdomain(name), false, name);
  }
});

test('registry registers and refuses duplicates and reserved names', () => {
  const reg = new mod.TenantRegistry();
  assert.deepStrictEqual(reg.register('Acme', 'ceo@acme.example'), { subdomain: 'acme', owner: 'ceo@acme.example' });
  assert.throws(() => reg.register('acme', 'x@example.com'), /not available/);
  assert.throws(() => reg.register('admin', 'x@example.com'), /not available/);
  assert.throws(() => reg.register('no way', 'x@example.com'), /letters, digits/);
});
