'use strict';
/**
 * Authentication middleware for the admin API.
 *
 * Tokens are issued by the auth service (HS256, shared secret in JWT_SECRET).
 */
const jwt = require('../stubs/jsonwebtoken');

/**
 * Issues a token (used by the login route and by tests).
 * @param {{id: string, role: string}} user
 */
function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

/**
 * Pulls the token out of an "Authorization: Bearer <token>" header.
 * @param {string|undefined} header
 * @returns {string|null}
 */
function extractBearer(header) {
  if (typeof header !== 'string') return null;
  const [scheme, token] = header.split(' ');
  return scheme === 'Bearer' && token ? token : null;
}

/**
 * Verifies the token signature (HS256 only) and expiry, returning its claims.
 * @param {string} token
 * @returns {{sub: string, role: string, exp?: number}|null}
 */
function readClaims(token) {
  let claims;
  try {
    claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch (err) {
    return null;
  }
  if (!claims || !claims.sub) return null;
  return claims;
}

/** Express middleware: attaches req.user or answers 401. */
function authenticate(req, res, next) {
  const token = extractBearer(req.headers.authorization);
  const claims = token ? readClaims(token) : null;
  if (!claims) {
    return res.status(401).json({ error: 'Invalid or missing token' });
  }
  req.user = { id: claims.sub, role: claims.role };
  return next();
}

/** Express middleware factory: requires a role. */
function requireRole(role) {
  return (req, res, next) => (req.user && req.user.role === role ? next() : res.status(403).json({ error: 'Forbidden' }));
}

module.exports = { issueToken, extractBearer, readClaims, authenticate, requireRole };
