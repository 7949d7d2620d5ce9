'use strict';
const crypto = require('crypto');
const express = require('express');

const SESSION_COOKIE = 'sid';
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** Cookie attributes for the session id: never readable by scripts, HTTPS only. */
const SESSION_COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' };

/**
 * Minimal in-memory session registry.
 */
class SessionStore {
  constructor() {
    /** @type {Map<string, { userId: string, expiresAt: number }>} */
    this.sessions = new Map();
  }

  create(userId) {
    const id = crypto.randomBytes(32).toString('hex');
    this.sessions.set(id, { userId, expiresAt: Date.now() + SESSION_TTL_MS });
    return id;
  }

  destroy(id) {
    this.sessions.delete(id);
  }
}

/**
 * POST /login and POST /logout handlers.
 * @param {SessionStore} store
 * @param {(u: string, p: string) => Promise<{ id: string, name: string } | null>} verifyCredentials
 */
function createAuthHandlers(store, verifyCredentials) {
  async function login(req, res) {
    const { username, password } = req.body || {};
    const user = await verifyCredentials(String(username || ''), String(password || ''));
    if (!user) {
      return res.status(401).json({ error: 'invalid credentials' });
    }
    const sessionId = store.create(user.id);
    res.cookie(SESSION_COOKIE, sessionId, { ...SESSION_COOKIE_OPTIONS, maxAge: SESSION_TTL_MS });
    return res.json({ id: user.id, name: user.name });
  }

  function logout(req, res) {
    const sessionId = req.cookies && req.cookies[SESSION_COOKIE];
    if (sessionId) store.destroy(sessionId);
    res.clearCookie(SESSION_COOKIE, SESSION_COOKIE_OPTIONS);
    return res.status(204).end();
  }

  const router = express.Router();
  router.post('/login', express.json(), login);
  router.post('/logout', logout);
  return { login, logout, router };
}

module.exports = { SessionStore, createAuthHandlers, SESSION_COOKIE };
