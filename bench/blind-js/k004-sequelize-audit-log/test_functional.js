'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const sequelize = require('sequelize');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const ROW = { id: 11, actor: 'grace', action: 'login', created_at: '2024-03-01T10:00:00.000Z' };

test.beforeEach(() => {
  sequelize.__reset();
  sequelize.__setHandler(() => [ROW]);
});

const seen = (c) => [c.sql, JSON.stringify(c.replacements), JSON.stringify(c.bind)].join(' ');

test('forActor returns mapped entries', async () => {
  const svc = new mod.AuditLogService(new sequelize.Sequelize('sqlite::memory:'));
  const out = await svc.forActor('grace');
  assert.equal(out.length, 1);
  assert.equal(out[0].id, 11);
  assert.equal(out[0].actor, 'grace');
  assert.equal(out[0].action, 'login');
  assert.ok(out[0].createdAt instanceof Date);
  assert.equal(out[0].createdAt.toISOString(), '2024-03-01T10:00:00.000Z');
  const c = sequelize.__calls[0];
  assert.match(c.sql, /audit_logs/i);
  assert.match(seen(c), /grace/);
});

test('action filter and limit reach the query', async () => {
  const svc = new mod.AuditLogService(new sequelize.Sequelize('sqlite::memory:'));
  await svc.forActor('grace', { action: 'delete_user', limit: 5 });
  const text = seen(sequelize.__calls[0]);
  assert.match(text, /delete_user/);
  assert.match(text, /\b5\b/);
});

test('default constructor builds its own Sequelize', async () => {
  const svc = new mod.AuditLogService();
  assert.equal((await svc.forActor('grace')).length, 1);
});
