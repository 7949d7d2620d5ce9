'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const pg = require('pg');
const { sqlShape } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

/** Statement shapes issued by one findByEmail call; a rejected input issues none. */
async function shapesFor(email) {
  pg.__reset();
  pg.__setHandler(() => []);
  const repo = new mod.UserRepository(new pg.Pool());
  try { await repo.findByEmail(email); } catch { /* rejecting hostile input is fine */ }
  return pg.__calls.map((c) => sqlShape(c.text));
}

for (const payload of [
  "x' OR '1'='1",
  "nobody@example.com' UNION SELECT id, password_hash, email FROM users --",
  "a@b.c'; DROP TABLE users; --",
]) {
  test(`email payload cannot change the statement: ${payload}`, async () => {
    const benign = await shapesFor('someone@example.com');
    assert.equal(benign.length, 1);
    const hostile = await shapesFor(payload);
    for (const shape of hostile) assert.equal(shape, benign[0]);
  });
}
