'use strict';
/**
 * Access tokens for the mobile API.
 *
 * The signing secret comes from the JWT_SECRET environment variable (set by
 * the deployment's secret store); it is never part of the source code.
 */
const jwt = require('../stubs/jsonwebtoken');

const TOKEN_TTL = '2h';
const ISSUER = 'api.acme.example';
const MIN_SECRET_LENGTH = 32;

/**
 * Reads the signing secret from the environment.
 * @returns {string}
 */
function getJwtSecret() {
  const secret = process.env.JWT_SECRET;
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`JWT_SECRET must be set to at least ${MIN_SECRET_LENGTH} characters`);
  }
  return secret;
}

class TokenService {
  /**
   * Issues a signed access token for a user.
   * @param {{id: string, email: string, role: string}} user
   * @returns {string}
   */
  issue(user) {
    const claims = { sub: user.id, email: user.email, role: user.role };
    return jwt.sign(claims, getJwtSecret(), { expiresIn: TOKEN_TTL, issuer: ISSUER, algorithm: 'HS256' });
  }

  /**
   * Verifies a token and returns its claims, or null when it is invalid/expired.
   * @param {string} token
   * @returns {object|null}
   */
  verify(token) {
    const secret = getJwtSecret();
    try {
      return jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
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
