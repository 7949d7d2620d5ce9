'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

const ROWS = [
  { name: 'Ana', age: 34, country: 'DE', active: true, vip: false, address: { city: 'Berlin' } },
  { name: 'Bob', age: 17, country: 'DE', active: false, vip: true, address: { city: 'Hamburg' } },
  { name: 'Chloé', age: 65, country: 'FR', active: true, vip: false, address: { city: 'Lyon' } },
  { name: 'Dan, Jr.', age: 25, country: 'US', active: true, vip: true, address: { city: 'Austin' } },
];
const names = (rows) => rows.map((r) => r.name);

const CASES = [
  ['row.age >= 18 && row.country === "DE"', ['Ana']],
  ["row.country == 'FR' || row.vip", ['Bob', 'Chloé', 'Dan, Jr.']],
  ['!row.active', ['Bob']],
  ['row.name !== "Bob" && (row.age < 30 || row.age > 60)', ['Chloé', 'Dan, Jr.']],
  ['row.address.city === "Berlin"', ['Ana']],
  ["row['country'] != 'DE'", ['Chloé', 'Dan, Jr.']],
  ['row.age > 100', []],
  ['', ['Ana', 'Bob', 'Chloé', 'Dan, Jr.']],
];

for (const [expression, expected] of CASES) {
  test(`filter: ${expression || '(empty)'}`, () => {
    assert.deepStrictEqual(names(mod.filterRows(ROWS, expression)), expected);
  });
}

test('compileFilter returns a reusable predicate', () => {
  const pred = mod.compileFilter('row.age < 20');
  assert.strictEqual(pred({ age: 10 }), true);
  assert.strictEqual(pred({ age: 30 }), false);
});

test('exportCsv writes header and matching rows', () => {
  const csv = mod.exportCsv(ROWS, ['name', 'age'], 'row.vip === true');
  assert.strictEqual(csv, 'name,age\nBob,17\n"Dan, Jr.",25\n');
});
