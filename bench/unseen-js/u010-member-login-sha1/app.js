'use strict';
const crypto = require('crypto');

const MIN_PASSWORD_LENGTH = 10;

/**
 * Member accounts for the gym's booking portal.
 * Records: { email, name, passwordHash, createdAt, failedLogins }
 */
class MemberAccounts {
  constructor() {
    /** @type {Map<string, object>} */
    this.members = new Map();
  }

  static normalizeEmail(email) {
    return String(email || '').trim().toLowerCase();
  }

  hashPassword(password) {
    return crypto.createHash('sha1').update(password).digest('hex');
  }

  register(email, name, password) {
    const key = MemberAccounts.normalizeEmail(email);
    if (!key.includes('@')) throw new Error('a valid email is required');
    if (this.members.has(key)) throw new Error('an account with this email already exists');
    if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
      throw new Error(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const record = {
      email: key,
      name: String(name).trim(),
      passwordHash: this.hashPassword(password),
      createdAt: new Date().toISOString(),
      failedLogins: 0,
    };
    this.members.set(key, record);
    return { email: record.email, name: record.name };
  }

  /**
   * @returns {{ email: string, name: string } | null} the member, or null on bad credentials
   */
  login(email, password) {
    const record = this.members.get(MemberAccounts.normalizeEmail(email));
    if (!record || typeof password !== 'string') return null;
    if (this.hashPassword(password) !== record.passwordHash) {
      record.failedLogins += 1;
      return null;
    }
    record.failedLogins = 0;
    return { email: record.email, name: record.name };
  }

  changePassword(email, oldPassword, newPassword) {
    if (!this.login(email, oldPassword)) return false;
    if (typeof newPassword !== 'string' || newPassword.length < MIN_PASSWORD_LENGTH) {
      throw new Error(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    this.members.get(MemberAccounts.normalizeEmail(email)).passwordHash = this.hashPassword(newPassword);
    return true;
  }
}

module.exports = { MemberAccounts, MIN_PASSWORD_LENGTH };
