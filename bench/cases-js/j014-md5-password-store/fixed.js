'use strict';
/**
 * Password handling for the account service.
 *
 * Passwords are stored as salted scrypt hashes: "scrypt$<salt hex>$<hash hex>".
 */
const crypto = require('crypto');

const KEY_LENGTH = 64;
const SALT_BYTES = 16;

/**
 * Hashes a password for storage with a fresh random salt.
 * @param {string} password
 * @returns {string} value stored in users.password_hash
 */
function hashPassword(password) {
  const salt = crypto.randomBytes(SALT_BYTES);
  const hash = crypto.scryptSync(String(password), salt, KEY_LENGTH);
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

/**
 * Checks a login attempt against the stored hash (constant-time comparison).
 * @param {string} password
 * @param {string} storedHash
 * @returns {boolean}
 */
function verifyPassword(password, storedHash) {
  const [scheme, saltHex, hashHex] = String(storedHash).split('$');
  if (scheme !== 'scrypt' || !saltHex || !hashHex) {
    return false;
  }
  const expected = Buffer.from(hashHex, 'hex');
  const candidate = crypto.scryptSync(String(password), Buffer.from(saltHex, 'hex'), expected.length);
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}

/** Minimal in-memory account store used by the auth routes. */
class AccountStore {
  constructor() {
    /** @type {Map<string, {email: string, passwordHash: string}>} */
    this.accounts = new Map();
  }

  /** Registers a new account; e-mails are unique. */
  register(email, password) {
    const key = email.trim().toLowerCase();
    if (this.accounts.has(key)) {
      throw new Error('Account already exists');
    }
    if (String(password).length < 8) {
      throw new Error('Password must be at least 8 characters');
    }
    this.accounts.set(key, { email: key, passwordHash: hashPassword(password) });
  }

  /** Returns true when the e-mail/password pair is valid. */
  authenticate(email, password) {
    const account = this.accounts.get(email.trim().toLowerCase());
    return Boolean(account) && verifyPassword(password, account.passwordHash);
  }
}

module.exports = { hashPassword, verifyPassword, AccountStore };
