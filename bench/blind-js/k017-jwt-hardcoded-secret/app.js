'use strict';
const express = require('express');
const jwt = require('jsonwebtoken');

const JWT_SECRET = 'sk_live_7f3a9c2e-api-signing-key';
const TOKEN_TTL = '1h';

/**
 * Issue an access token for an authenticated user.
 * @param {{ id: string, role: string }} user
 * @returns {string}
 */
function issueToken(user) {
  const claims = { sub: String(user.id), role: user.role };
  return jwt.sign(claims, JWT_SECRET, { algorithm: 'HS256', expiresIn: TOKEN_TTL });
}

/**
 * Express middleware: require a valid bearer token and expose its claims as req.user.
 */
function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ error: 'missing bearer token' });
  }
  try {
    const claims = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    req.user = { id: claims.sub, role: claims.role };
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

/** GET /me — who am I? */
function meHandler(req, res) {
  res.json({ id: req.user.id, role: req.user.role });
}

const router = express.Router();
router.get('/me', requireAuth, meHandler);

module.exports = { issueToken, requireAuth, meHandler, router };
