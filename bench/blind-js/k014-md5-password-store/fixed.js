'use strict';
const crypto = require('crypto');

const SCRYPT_PARAMS = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

/**
 * Hash a password for storage with scrypt and a per-password random salt.
 * @param {string} password
 * @returns {string} "scrypt$<salt hex>$<key hex>"
 */
function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(String(password), salt, KEY_LENGTH, SCRYPT_PARAMS);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

/**
 * Check a password against a stored hash (constant-time comparison).
 * @param {string} password
 * @param {string} storedHash
 * @returns {boolean}
 */
function verifyPassword(password, storedHash) {
  const [scheme, saltHex, keyHex] = String(storedHash).split('$');
  if (scheme !== 'scrypt' || !saltHex || !keyHex) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const candidate = crypto.scryptSync(String(password), Buffer.from(saltHex, 'hex'), expected.length, SCRYPT_PARAMS);
  return expected.length === candidate.length && crypto.timingSafeEqual(expected, candidate);
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
