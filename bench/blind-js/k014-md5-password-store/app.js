'use strict';
const crypto = require('crypto');

/**
 * Hash a password for storage.
 * @param {string} password
 * @returns {string} hex digest
 */
function hashPassword(password) {
  return crypto.createHash('md5').update(String(password)).digest('hex');
}

/**
 * Check a password against a stored hash.
 * @param {string} password
 * @param {string} storedHash
 * @returns {boolean}
 */
function verifyPassword(password, storedHash) {
  const candidate = hashPassword(password);
  return candidate === storedHash;
}

/**
 * In-memory account store (swap the Map for a table in production).
 */
class UserStore {
  constructor() {
    /** @type {Map<string, { username: string, passwordHash: string, createdAt: Date }>} */
    this.users = new Map();
  }

  /**
   * Register a new account.
   * @param {string} username
   * @param {string} password
   */
  register(username, password) {
    const key = String(username).trim().toLowerCase();
    if (!key || this.users.has(key)) throw new Error('username unavailable');
    if (String(password).length < 8) throw new Error('password too short');
    const record = { username: key, passwordHash: hashPassword(password), createdAt: new Date() };
    this.users.set(key, record);
    return { username: record.username, createdAt: record.createdAt };
  }

  /**
   * @param {string} username
   * @param {string} password
   * @returns {boolean} whether the credentials are valid
   */
  authenticate(username, password) {
    const record = this.users.get(String(username).trim().toLowerCase());
    if (!record) return false;
    return verifyPassword(password, record.passwordHash);
  }
}

module.exports = { hashPassword, verifyPassword, UserStore };
