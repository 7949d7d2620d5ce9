'use strict';
const express = require('express');
const jwt = require('jsonwebtoken');

const SESSION_TTL_SECONDS = 15 * 60;

/** @returns {string} */
function sessionSecret() {
  return process.env.JWT_SECRET || '';
}

/**
 * Sign a short-lived session token.
 * @param {{ id: string, role: 'user' | 'admin' }} user
 */
function issueSession(user) {
  return jwt.sign({ sub: user.id, role: user.role }, sessionSecret(), { expiresIn: SESSION_TTL_SECONDS });
}

/**
 * Verify a session token's signature and expiry; null if missing, forged or expired.
 * @param {string | undefined} token
 * @returns {{ sub: string, role: string, exp: number } | null}
 */
function readSession(token) {
  if (!token) return null;
  const secret = sessionSecret();
  if (!secret) return null;
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'] });
    if (!claims || typeof claims !== 'object' || !claims.exp) return null;
    return claims;
  } catch {
    return null;
  }
}

/**
 * Express middleware guarding the admin area.
 */
function requireAdmin(req, res, next) {
  const token = (req.cookies && req.cookies.session) || (req.get('authorization') || '').replace(/^Bearer\s+/i, '');
  const claims = readSession(token);
  if (!claims) {
    return res.status(401).json({ error: 'not signed in' });
  }
  if (claims.role !== 'admin') {
    return res.status(403).json({ error: 'admins only' });
  }
  req.user = { id: claims.sub, role: claims.role };
  return next();
}

const adminRouter = express.Router();
adminRouter.use(requireAdmin);
adminRouter.get('/admin/users', (req, res) => res.json({ users: [] }));

module.exports = { issueSession, readSession, requireAdmin, adminRouter };
