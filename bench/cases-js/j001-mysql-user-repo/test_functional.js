'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const mysql = require('./stubs/mysql2');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const ROW = { id: 7, email: 'alice@example.com', display_name: 'Alice', created_at: '2024-01-02' };

beforeEach(() => {
  mysql.__reset();
  // The fake database knows one user and answers by the e-mail that reached it.
  mysql.__setHandler((sql, values) => {
    const params = [].concat(values ?? []);
    const known = String(sql).includes('alice@example.com') || params.includes('alice@example.com') || params.includes(7);
    return known ? [ROW] : [];
  });
});

test('findByEmail returns the mapped user', async () => {
  const repo = new mod.UserRepository();
  const user = await repo.findByEmail('  Alice@Example.com ');
  assert.deepStrictEqual(user, { id: 7, email: 'alice@example.com', displayName: 'Alice', createdAt: '2024-01-02' });
  assert.strictEqual(mysql.__calls.length, 1);
  assert.match(mysql.__calls[0].sql, /FROM users/);
});

test('findByEmail returns null for unknown users', async () => {
  const repo = new mod.UserRepository();
  assert.strictEqual(await repo.findByEmail('bob@example.com'), null);
});

test('findById uses the id', async () => {
  const repo = new mod.UserRepository();
  const user = await repo.findById('7');
  assert.strictEqual(user.email, 'alice@example.com');
});
