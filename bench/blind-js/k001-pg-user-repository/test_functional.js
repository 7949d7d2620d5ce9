'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const pg = require('pg');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const ROW = { id: 7, email: 'ada@example.com', display_name: 'Ada' };

test.beforeEach(() => {
  pg.__reset();
  pg.__setHandler(() => [ROW]);
});

test('findByEmail maps rows and queries with the normalised address', async () => {
  const repo = new mod.UserRepository(new pg.Pool());
  const users = await repo.findByEmail('  Ada@Example.com ');
  assert.deepEqual(users, [{ id: 7, email: 'ada@example.com', displayName: 'Ada' }]);
  assert.equal(pg.__calls.length, 1);
  const call = pg.__calls[0];
  const seen = call.text + ' ' + JSON.stringify(call.values);
  assert.match(seen, /ada@example\.com/);
  assert.match(call.text, /\busers\b/i);
});

test('findByEmail returns an empty list when nothing matches', async () => {
  pg.__setHandler(() => []);
  const repo = new mod.UserRepository(new pg.Pool());
  assert.deepEqual(await repo.findByEmail('nobody@example.com'), []);
});

test('findById returns one user or null', async () => {
  const repo = new mod.UserRepository(new pg.Pool());
  assert.deepEqual(await repo.findById(7), { id: 7, email: 'ada@example.com', displayName: 'Ada' });
  pg.__setHandler(() => []);
  assert.equal(await repo.findById(8), null);
});

test('the default constructor creates its own pool', () => {
  const repo = new mod.UserRepository();
  assert.ok(repo.pool);
});
