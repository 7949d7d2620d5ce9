'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const mysql = require('./stubs/mysql2');
const { sqlShape } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => mysql.__reset());

for (const payload of ["x' OR '1'='1", "x\\' OR 1=1 -- "]) {
  test(`a quote in the e-mail does not change the SQL statement: ${payload}`, async () => {
    const repo = new mod.UserRepository();
    await repo.findByEmail('alice@example.com');
    const benign = mysql.__calls[0];
    assert.ok(benign, 'no query was issued for a benign e-mail');
    mysql.__calls.length = 0;
    try { await repo.findByEmail(payload); } catch { /* rejecting the input is fine */ }
    for (const call of mysql.__calls) {
      assert.strictEqual(sqlShape(call.sql, { mysql: true }), sqlShape(benign.sql, { mysql: true }),
        `the e-mail changed the SQL statement: ${call.sql}`);
    }
  });
}
