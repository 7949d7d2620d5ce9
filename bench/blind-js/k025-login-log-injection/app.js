'use strict';
const express = require('express');

/**
 * Line-oriented audit logger: one event per line, ISO timestamp first.
 */
class AuditLogger {
  /** @param {{ write: (line: string) => void }} [stream] */
  constructor(stream = process.stdout) {
    this.stream = stream;
  }

  /**
   * @param {'INFO'|'WARN'} level
   * @param {string} message
   */
  log(level, message) {
    const line = `${new Date().toISOString()} ${level} ${message}\n`;
    this.stream.write(line);
  }

  /**
   * Record a login attempt.
   * @param {string} username as submitted in the login form
   * @param {boolean} success
   * @param {string} ip
   */
  loginAttempt(username, success, ip) {
    const outcome = success ? 'succeeded' : 'failed';
    const message = `Login ${outcome} for user ${username} from ${ip}`;
    this.log(success ? 'INFO' : 'WARN', message);
  }
}

/**
 * POST /login that records every attempt in the audit log.
 * @param {AuditLogger} audit
 * @param {(u: string, p: string) => Promise<boolean>} checkPassword
 */
function createLoginRoute(audit, checkPassword) {
  return async (req, res) => {
    const username = String((req.body && req.body.username) || '');
    const password = String((req.body && req.body.password) || '');
    const ok = username !== '' && (await checkPassword(username, password));
    audit.loginAttempt(username, ok, req.ip);
    if (!ok) return res.status(401).json({ error: 'invalid credentials' });
    return res.json({ ok: true });
  };
}

/** Router with the audited login route mounted. */
function createAuthRouter(audit, checkPassword) {
  const router = express.Router();
  router.post('/login', express.json(), createLoginRoute(audit, checkPassword));
  return router;
}

module.exports = { AuditLogger, createLoginRoute, createAuthRouter };
