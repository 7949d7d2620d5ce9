'use strict';
/**
 * Session handling for the customer portal (served over HTTPS only).
 * POST /session logs in and sets the session cookie; DELETE /session logs out.
 */
const express = require('../stubs/express');
const crypto = require('crypto');

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
// Not readable from JavaScript, only sent over HTTPS, not sent on cross-site subrequests.
const SESSION_COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' };

/** In-memory session store (Redis in production). */
class SessionStore {
  constructor() {
    this.sessions = new Map();
  }
  create(userId) {
    const id = crypto.randomBytes(32).toString('hex');
    this.sessions.set(id, { userId, expiresAt: Date.now() + SESSION_TTL_MS });
    return id;
  }
  get(id) {
    const session = this.sessions.get(id);
    return session && session.expiresAt > Date.now() ? session : null;
  }
  destroy(id) {
    this.sessions.delete(id);
  }
}

/** User directory with salted scrypt password hashes. */
class UserDirectory {
  constructor() {
    this.users = new Map();
  }
  add(email, password) {
    const salt = crypto.randomBytes(16);
    this.users.set(email.toLowerCase(), { salt, hash: crypto.scryptSync(password, salt, 32) });
  }
  check(email, password) {
    const user = this.users.get(String(email || '').toLowerCase());
    if (!user) return false;
    return crypto.timingSafeEqual(crypto.scryptSync(String(password), user.salt, 32), user.hash);
  }
}

const store = new SessionStore();
const directory = new UserDirectory();

/**
 * POST /session - validates credentials and starts a session.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
function createSession(req, res) {
  const { email, password } = req.body || {};
  if (!directory.check(email, password)) {
    return res.status(401).json({ error: 'Invalid credentials' });
  }
  const sessionId = store.create(email.toLowerCase());
  res.cookie('session', sessionId, { ...SESSION_COOKIE_OPTIONS, maxAge: SESSION_TTL_MS });
  return res.status(201).json({ ok: true });
}

/**
 * DELETE /session - ends the current session.
 */
function destroySession(req, res) {
  const sessionId = req.cookies && req.cookies.session;
  if (sessionId) store.destroy(sessionId);
  res.clearCookie('session', SESSION_COOKIE_OPTIONS);
  return res.status(204).end();
}

const app = express();
app.use(express.json());
app.post('/session', createSession);
app.delete('/session', destroySession);

module.exports = { app, store, directory, createSession, destroySession };
