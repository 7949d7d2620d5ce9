'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const sequelize = require('sequelize');
const { sqlShape } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function shapesFor(actor, filter) {
  sequelize.__reset();
  sequelize.__setHandler(() => []);
  const svc = new mod.AuditLogService(new sequelize.Sequelize('sqlite::memory:'));
  try { await svc.forActor(actor, filter); } catch { /* rejection is fine */ }
  return sequelize.__calls.map((c) => sqlShape(c.sql));
}

test('actor name cannot turn the filter into a tautology', async () => {
  const [benign] = await shapesFor('grace');
  for (const shape of await shapesFor("grace' OR '1'='1")) assert.equal(shape, benign);
});

test('action filter cannot append a second statement', async () => {
  const [benign] = await shapesFor('grace', { action: 'login' });
  for (const shape of await shapesFor('grace', { action: "login'; DELETE FROM audit_logs; --" })) assert.equal(shape, benign);
});
