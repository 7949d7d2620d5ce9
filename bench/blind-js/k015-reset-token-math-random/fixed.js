'use strict';
const crypto = require('crypto');

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN_LENGTH = 32;
const TOKEN_TTL_MS = 30 * 60 * 1000;

/**
 * Generate a random, URL-safe token from the OS CSPRNG.
 * @param {number} [length]
 * @returns {string}
 */
function generateToken(length = TOKEN_LENGTH) {
  let token = '';
  for (let i = 0; i < length; i += 1) {
    token += TOKEN_ALPHABET[crypto.randomInt(TOKEN_ALPHABET.length)];
  }
  return token;
}

/**
 * Issues and redeems password-reset tokens.
 */
class PasswordResetService {
  /** @param {{ now?: () => number }} [options] */
  constructor({ now = Date.now } = {}) {
    this.now = now;
    /** @type {Map<string, { userId: string, expiresAt: number }>} */
    this.tokens = new Map();
  }

  /**
   * Create a reset token for a user; returns the link to e-mail.
   * @param {string} userId
   * @returns {{ token: string, url: string, expiresAt: number }}
   */
  createReset(userId) {
    const token = generateToken();
    const expiresAt = this.now() + TOKEN_TTL_MS;
    this.tokens.set(token, { userId, expiresAt });
    const url = `https://app.example.com/reset-password?token=${encodeURIComponent(token)}`;
    return { token, url, expiresAt };
  }

  /**
   * Redeem a token once; returns the user id or null when unknown/expired.
   * @param {string} token
   */
  redeem(token) {
    const entry = this.tokens.get(token);
    if (!entry) return null;
    this.tokens.delete(token);
    return entry.expiresAt > this.now() ? entry.userId : null;
  }
}

module.exports = { generateToken, PasswordResetService, TOKEN_TTL_MS };
