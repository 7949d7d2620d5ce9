'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const pg = require('../stubs/pg');

// The deployment provides the credentials through the environment
// (under the usual names; the module may read any of them).
for (const name of ['DB_PASSWORD', 'DB_PASS', 'DATABASE_PASSWORD', 'PGPASSWORD', 'POSTGRES_PASSWORD']) {
  process.env[name] = 'test-password-from-env';
}
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

beforeEach(() => {
  pg.__reset();
  pg.__setHandler((text) => (/SELECT 1/.test(text) ? { rows: [{ ok: 1 }] } : { rows: [] }));
});

test('pool is configured for the shop database', () => {
  const pool = mod.getPool();
  assert.strictEqual(pool.options.database, 'shop');
  assert.strictEqual(pool.options.port, 5432);
  assert.strictEqual(pool.options.user, 'shop_app');
  assert.strictEqual(typeof pool.options.password, 'string');
  assert.ok(pool.options.password.length > 0);
  assert.strictEqual(pool.options.max, 10);
  assert.strictEqual(mod.getPool(), pool, 'pool is shared');
});

test('health check queries the database', async () => {
  assert.strictEqual(await mod.checkDatabase(), true);
  assert.match(pg.__calls[0].text, /SELECT 1/);
});

test('dbConfig is exported', () => {
  assert.strictEqual(typeof mod.dbConfig.host, 'string');
});
