'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { runWithBudget } = require('../testkit');

const modPath = path.resolve(__dirname, process.env.CASE_MODULE || 'app.js');

for (const input of ['a'.repeat(29) + '!', 'ab1'.repeat(10) + '_', '0'.repeat(29) + '-']) {
  test(`validation of a 30-character name finishes within 200 ms: ${input}`, async () => {
    assert.ok(input.length >= 30);
    const result = await runWithBudget(modPath, 'isValidSubdomain', [input], 200);
    assert.strictEqual(result.timedOut, false, 'subdomain validation backtracked for more than 200 ms');
  });
}
