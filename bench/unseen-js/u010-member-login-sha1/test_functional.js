'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { MemberAccounts, MIN_PASSWORD_LENGTH } = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('register then log in', () => {
  const accounts = new MemberAccounts();
  assert.deepEqual(accounts.register('  Priya@Example.com ', ' Priya N ', 'correct horse battery'), { email: 'priya@example.com', name: 'Priya N' });
  assert.deepEqual(accounts.login('priya@example.com', 'correct horse battery'), { email: 'priya@example.com', name: 'Priya N' });
  assert.deepEqual(accounts.login('PRIYA@example.COM', 'correct horse battery'), { email: 'priya@example.com', name: 'Priya N' });
});

test('wrong password, unknown member, non-string password', () => {
  const accounts = new MemberAccounts();
  accounts.register('sam@example.com', 'Sam', 'squat-rack-2026');
  assert.equal(accounts.login('sam@example.com', 'squat-rack-2025'), null);
  assert.equal(accounts.login('sam@example.com', ''), null);
  assert.equal(accounts.login('nobody@example.com', 'squat-rack-2026'), null);
  assert.equal(accounts.login('sam@example.com', undefined), null);
});

test('failed logins are counted and reset on success', () => {
  const accounts = new MemberAccounts();
  accounts.register('lee@example.com', 'Lee', 'deadlift-4-life');
  accounts.login('lee@example.com', 'nope-nope-nope');
  accounts.login('lee@example.com', 'still wrong!!');
  assert.equal(accounts.members.get('lee@example.com').failedLogins, 2);
  accounts.login('lee@example.com', 'deadlift-4-life');
  assert.equal(accounts.members.get('lee@example.com').failedLogins, 0);
});

test('registration validation', () => {
  const accounts = new MemberAccounts();
  assert.throws(() => accounts.register('not-an-email', 'X', 'long enough pw'), /valid email/);
  assert.throws(() => accounts.register('a@b.c', 'X', 'short'), /at least/);
  assert.equal(MIN_PASSWORD_LENGTH, 10);
  accounts.register('a@b.c', 'X', 'long enough pw');
  assert.throws(() => accounts.register('A@B.C', 'Y', 'another long pw'), /already exists/);
  const rec = accounts.members.get('a@b.c');
  assert.equal(typeof rec.passwordHash, 'string');
  assert.ok(!Number.isNaN(Date.parse(rec.createdAt)));
  assert.ok(!JSON.stringify(rec).includes('long enough pw'), 'plaintext stored');
});

test('passwords with unicode and symbols', () => {
  const accounts = new MemberAccounts();
  accounts.register('zoe@example.com', 'Zoë', 'pässwörd-ñ-☕-2026');
  assert.ok(accounts.login('zoe@example.com', 'pässwörd-ñ-☕-2026'));
  assert.equal(accounts.login('zoe@example.com', 'passwörd-ñ-☕-2026'), null);
});

test('changePassword', () => {
  const accounts = new MemberAccounts();
  accounts.register('kim@example.com', 'Kim', 'first password');
  assert.equal(accounts.changePassword('kim@example.com', 'wrong password', 'second password'), false);
  assert.throws(() => accounts.changePassword('kim@example.com', 'first password', 'tiny'), /at least/);
  assert.equal(accounts.changePassword('kim@example.com', 'first password', 'second password'), true);
  assert.equal(accounts.login('kim@example.com', 'first password'), null);
  assert.ok(accounts.login('kim@example.com', 'second password'));
});
