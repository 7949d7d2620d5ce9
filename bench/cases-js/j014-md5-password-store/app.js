'use strict';
/**
 * Password handling for the account service.
 */
const crypto = require('crypto');

/**
 * Hashes a password for storage.
 * @param {string} password
 * @returns {string} hex digest stored in users.password_hash
 */
function hashPassword(password) {
  return crypto.createHash('md5').update(String(password), 'utf8').digest('hex');
}

/**
 * Checks a login attempt against the stored hash.
 * @param {string} password
 * @param {string} storedHash
 * @returns {boolean}
 */
function verifyPassword(password, storedHash) {
  const candidate = hashPassword(password);
  return candidate === storedHash;
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
