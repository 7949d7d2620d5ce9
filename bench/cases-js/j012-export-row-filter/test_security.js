'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

const ROWS = [{ name: 'Ana', age: 34 }];

function attempt(expression) {
  try { mod.filterRows(ROWS, expression); } catch { /* rejecting the filter is fine */ }
}

test('a filter cannot assign globals', () => {
  attempt('row.age > 1 || (globalThis.__filter_pwned = true)');
  attempt('(globalThis.__filter_pwned = true)');
  assert.strictEqual(globalThis.__filter_pwned, undefined, 'filter executed code');
});

test('a filter cannot reach the Function constructor through row', () => {
  attempt('row.constructor.constructor("globalThis.__filter_pwned2 = true")()');
  assert.strictEqual(globalThis.__filter_pwned2, undefined, 'filter executed code');
});

test('a filter cannot touch process', () => {
  process.env.J012_FLAG = 'clean';
  attempt('(process.env.J012_FLAG = "dirty")');
  assert.strictEqual(process.env.J012_FLAG, 'clean');
});
