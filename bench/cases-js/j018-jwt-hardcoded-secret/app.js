'use strict';
/**
 * Access tokens for the mobile API.
 */
const jwt = require('../stubs/jsonwebtoken');

const JWT_SECRET = 'super-secret-key';
const TOKEN_TTL = '2h';
const ISSUER = 'api.acme.example';

class TokenService {
  /**
   * Issues a signed access token for a user.
   * @param {{id: string, email: string, role: string}} user
   * @returns {string}
   */
  issue(user) {
    const claims = { sub: user.id, email: user.email, role: user.role };
    return jwt.sign(claims, JWT_SECRET, { expiresIn: TOKEN_TTL, issuer: ISSUER, algorithm: 'HS256' });
  }

  /**
   * Verifies a token and returns its claims, or null when it is invalid/expired.
   * @param {string} token
   * @returns {object|null}
   */
  verify(token) {
    try {
      return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'], issuer: ISSUER });
    } catch (err) {
      return null;
    }
  }
}

const tokenService = new TokenService();

/**
 * Express middleware: requires a valid bearer token.
 */
function requireAuth(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  const claims = token && tokenService.verify(token);
  if (!claims) {
    return res.status(401).json({ error: 'Unauthorized' });
  }
  req.user = { id: claims.sub, email: claims.email, role: claims.role };
  return next();
}

module.exports = { TokenService, tokenService, requireAuth };
