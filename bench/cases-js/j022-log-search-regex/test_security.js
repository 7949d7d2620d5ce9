'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { runWithBudget } = require('../testkit');

const modPath = path.resolve(__dirname, process.env.CASE_MODULE || 'app.js');

// A 30-character log line and search terms with nested quantifiers.
const LINE = 'a'.repeat(29) + '!';

for (const query of ['(a+)+$', '(a|aa)+$', '^(\\w+\\s?)*$']) {
  test(`a search term cannot stall the server: ${query}`, async () => {
    const result = await runWithBudget(modPath, 'searchLines', [[LINE], query], 200);
    assert.strictEqual(result.timedOut, false, `search took more than 200 ms on a ${LINE.length}-character line`);
  });
}
