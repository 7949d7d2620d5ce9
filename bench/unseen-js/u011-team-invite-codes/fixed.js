'use strict';
const crypto = require('crypto');

// Unambiguous characters only: no 0/O, 1/I/L.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;
const DEFAULT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Random invite code, grouped for readability: "K7QF-2MZP-X9RA".
 * @param {number} [length]
 */
function generateInviteCode(length = CODE_LENGTH) {
  let raw = '';
  for (let i = 0; i < length; i++) {
    raw += ALPHABET[crypto.randomInt(ALPHABET.length)];
  }
  return raw.match(/.{1,4}/g).join('-');
}

/** Invitations to join a workspace; redeeming one adds the user as a member. */
class InviteService {
  constructor({ now = () => Date.now(), ttlMs = DEFAULT_TTL_MS } = {}) {
    this.now = now;
    this.ttlMs = ttlMs;
    this.invites = new Map();
  }

  create(workspaceId, invitedBy, role = 'member') {
    let code;
    do {
      code = generateInviteCode();
    } while (this.invites.has(code));
    const invite = {
      code,
      workspaceId,
      invitedBy,
      role,
      expiresAt: this.now() + this.ttlMs,
      redeemedBy: null,
    };
    this.invites.set(code, invite);
    return { ...invite };
  }

  redeem(code, userId) {
    const key = String(code || '').toUpperCase().replace(/\s+/g, '');
    const invite = this.invites.get(key);
    if (!invite) return { ok: false, reason: 'unknown' };
    if (invite.redeemedBy) return { ok: false, reason: 'used' };
    if (this.now() > invite.expiresAt) return { ok: false, reason: 'expired' };
    invite.redeemedBy = userId;
    return { ok: true, workspaceId: invite.workspaceId, role: invite.role };
  }
}

module.exports = { generateInviteCode, InviteService, ALPHABET, CODE_LENGTH };
