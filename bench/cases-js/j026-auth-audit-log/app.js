'use strict';
/**
 * Audit logging for authentication events. Lines go to stdout, where the
 * log shipper picks them up one line per event:
 *   2024-05-01T10:00:00.000Z [WARN] auth: login failed for alice from 10.0.0.8
 */

class AuditLogger {
  /** @param {{service?: string, clock?: () => Date}} [options] */
  constructor(options = {}) {
    this.service = options.service || 'auth';
    this.clock = options.clock || (() => new Date());
  }

  /**
   * Formats one log line.
   * @param {string} level
   * @param {string} message
   */
  format(level, message) {
    return `${this.clock().toISOString()} [${level}] ${this.service}: ${message}`;
  }

  info(message) {
    console.log(this.format('INFO', message));
  }

  warn(message) {
    console.log(this.format('WARN', message));
  }
}

const audit = new AuditLogger();

/**
 * Records a failed login attempt.
 * @param {string} username as typed in the login form
 * @param {string} ip client address
 */
function logLoginFailure(username, ip) {
  audit.warn('login failed for ' + username + ' from ' + ip);
}

/**
 * Records a successful login.
 * @param {string} username
 * @param {string} ip
 */
function logLoginSuccess(username, ip) {
  audit.info('login succeeded for ' + username + ' from ' + ip);
}

module.exports = { AuditLogger, audit, logLoginFailure, logLoginSuccess };
