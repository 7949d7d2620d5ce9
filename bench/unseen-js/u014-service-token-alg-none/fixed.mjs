import jwt from 'jsonwebtoken';

/**
 * Service-to-service auth for the internal reporting API. Each calling service signs its
 * tokens with its own shared secret and names itself in `iss`.
 */
const SERVICE_SECRETS = {
  billing: process.env.BILLING_JWT_SECRET,
  'warehouse-sync': process.env.WAREHOUSE_JWT_SECRET,
};

export const AUDIENCE = 'reporting-api';

/**
 * Verify a service token and return its claims.
 * @param {string} token
 * @returns {{ iss: string, scope?: string, [claim: string]: unknown }}
 */
export function verifyServiceToken(token) {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload !== 'object' || decoded.payload === null) {
    throw new jwt.JsonWebTokenError('malformed token');
  }
  const issuer = decoded.payload.iss;
  const secret = Object.hasOwn(SERVICE_SECRETS, issuer) ? SERVICE_SECRETS[issuer] : undefined;
  if (typeof secret !== 'string' || secret === '') {
    throw new jwt.JsonWebTokenError('unknown token issuer');
  }
  return jwt.verify(token, secret, {
    algorithms: ['HS256'],
    audience: AUDIENCE,
    issuer,
  });
}

/**
 * Express middleware: require a valid service token carrying `scope`.
 * @param {string} scope e.g. "reports:read"
 */
export function requireService(scope) {
  return (req, res, next) => {
    const [scheme, token] = (req.get('authorization') || '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      return res.status(401).json({ error: 'missing bearer token' });
    }
    let claims;
    try {
      claims = verifyServiceToken(token);
    } catch (err) {
      return res.status(401).json({ error: 'invalid token' });
    }
    const scopes = String(claims.scope || '').split(' ').filter(Boolean);
    if (!scopes.includes(scope)) {
      return res.status(403).json({ error: 'insufficient scope' });
    }
    req.service = { name: claims.iss, scopes };
    return next();
  };
}
