'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));
const { generateInviteCode, InviteService, ALPHABET } = mod;

test('codes are grouped in fours from the unambiguous alphabet', () => {
  const re = new RegExp(`^[${ALPHABET}]{4}-[${ALPHABET}]{4}-[${ALPHABET}]{4}$`);
  for (let i = 0; i < 200; i++) assert.match(generateInviteCode(), re);
  assert.match(generateInviteCode(8), new RegExp(`^[${ALPHABET}]{4}-[${ALPHABET}]{4}$`));
  assert.match(generateInviteCode(6), new RegExp(`^[${ALPHABET}]{4}-[${ALPHABET}]{2}$`));
  assert.equal(mod.CODE_LENGTH, 12);
});

test('codes are unique and use the whole alphabet', () => {
  const codes = new Set();
  const seen = new Set();
  for (let i = 0; i < 2000; i++) {
    const c = generateInviteCode();
    codes.add(c);
    for (const ch of c.replace(/-/g, '')) seen.add(ch);
  }
  assert.equal(codes.size, 2000);
  assert.equal(seen.size, ALPHABET.length);
});

test('create and redeem an invite', () => {
  const svc = new InviteService({ now: () => 1_000_000 });
  const invite = svc.create('ws_42', 'user_1', 'admin');
  assert.equal(invite.workspaceId, 'ws_42');
  assert.equal(invite.invitedBy, 'user_1');
  assert.equal(invite.expiresAt, 1_000_000 + 7 * 24 * 60 * 60 * 1000);
  assert.equal(invite.redeemedBy, null);
  assert.deepEqual(svc.redeem(invite.code.toLowerCase(), 'user_9'), { ok: true, workspaceId: 'ws_42', role: 'admin' });
  assert.deepEqual(svc.redeem(invite.code, 'user_10'), { ok: false, reason: 'used' });
});

test('unknown and expired invites', () => {
  let now = 0;
  const svc = new InviteService({ now: () => now, ttlMs: 1000 });
  const invite = svc.create('ws_1', 'u');
  assert.equal(invite.role, 'member');
  assert.deepEqual(svc.redeem('ZZZZ-ZZZZ-ZZZZ', 'u2'), { ok: false, reason: 'unknown' });
  assert.deepEqual(svc.redeem(undefined, 'u2'), { ok: false, reason: 'unknown' });
  now = 1001;
  assert.deepEqual(svc.redeem(invite.code, 'u2'), { ok: false, reason: 'expired' });
});

test('many invites in one service get distinct codes; returned copy is detached', () => {
  const svc = new InviteService();
  const codes = new Set();
  for (let i = 0; i < 300; i++) codes.add(svc.create('ws', 'u').code);
  assert.equal(codes.size, 300);
  const inv = svc.create('ws', 'u');
  inv.role = 'owner';
  assert.equal(svc.redeem(inv.code, 'x').role, 'member');
});
