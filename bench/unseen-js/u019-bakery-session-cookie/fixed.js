'use strict';
/**
 * Customer sign-in for the bakery's pre-order storefront.
 */
const crypto = require('crypto');
const express = require('express');

const SESSION_COOKIE = 'session';
const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

class SessionStore {
  constructor() {
    this.sessions = new Map();
  }

  create(customerId) {
    const id = crypto.randomBytes(24).toString('base64url');
    this.sessions.set(id, { customerId, expiresAt: Date.now() + SESSION_TTL_MS });
    return id;
  }

  get(id) {
    const session = this.sessions.get(id);
    if (!session || session.expiresAt < Date.now()) return null;
    return session;
  }

  destroy(id) {
    this.sessions.delete(id);
  }
}

/**
 * @param {{ customers: { authenticate(email: string, password: string): Promise<{ id: string, name: string } | null> }, sessions: SessionStore }} deps
 */
function createAuthRoutes({ customers, sessions }) {
  async function signIn(req, res) {
    const { email, password } = req.body || {};
    const customer = await customers.authenticate(String(email || ''), String(password || ''));
    if (!customer) {
      return res.status(401).json({ error: 'Incorrect email or password' });
    }
    const sessionId = sessions.create(customer.id);
    res.cookie(SESSION_COOKIE, sessionId, {
      maxAge: SESSION_TTL_MS,
      httpOnly: true,
      secure: process.env.NODE_ENV === 'production',
      sameSite: 'lax',
      path: '/',
    });
    return res.json({ customer: { id: customer.id, name: customer.name } });
  }

  function signOut(req, res) {
    const sessionId = req.cookies[SESSION_COOKIE];
    if (sessionId) sessions.destroy(sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return res.status(204).end();
  }

  function whoAmI(req, res) {
    const session = sessions.get(req.cookies[SESSION_COOKIE]);
    if (!session) return res.status(401).json({ error: 'not signed in' });
    return res.json({ customerId: session.customerId });
  }

  const router = express.Router();
  router.post('/signin', express.json(), signIn);
  router.post('/signout', signOut);
  router.get('/me', whoAmI);
  return { router, signIn, signOut, whoAmI };
}

module.exports = { createAuthRoutes, SessionStore, SESSION_COOKIE, SESSION_TTL_MS };
