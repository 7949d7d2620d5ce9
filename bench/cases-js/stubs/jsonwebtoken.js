'use strict';
// Local stand-in for the `jsonwebtoken` package (no install at test time).
// Implements sign / verify / decode for HS256, HS384 and HS512 like the real library.
const crypto = require('crypto');

class JsonWebTokenError extends Error {
  constructor(message) { super(message); this.name = 'JsonWebTokenError'; }
}
class TokenExpiredError extends JsonWebTokenError {
  constructor(message, expiredAt) { super(message); this.name = 'TokenExpiredError'; this.expiredAt = expiredAt; }
}
class NotBeforeError extends JsonWebTokenError {
  constructor(message, date) { super(message); this.name = 'NotBeforeError'; this.date = date; }
}

const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
const b64u = (s) => Buffer.from(s).toString('base64url');

function toSeconds(span) {
  if (typeof span === 'number') return span;
  const m = /^(\d+)\s*(s|m|h|d)?$/.exec(String(span).trim());
  if (!m) throw new Error('"expiresIn" should be a number of seconds or string representing a timespan');
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] || 's'];
}

function hmac(alg, secret, input) {
  return crypto.createHmac(HASH[alg], secret).update(input).digest('base64url');
}

function sign(payload, secretOrPrivateKey, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  options = options || {};
  const alg = options.algorithm || 'HS256';
  try {
    if (alg !== 'none' && !HASH[alg]) throw new Error(`"algorithm" ${alg} is not supported by this stub`);
    if (alg !== 'none' && !secretOrPrivateKey) throw new Error('secretOrPrivateKey must have a value');
    const now = Math.floor(Date.now() / 1000);
    const body = { ...payload };
    if (body.iat === undefined && !options.noTimestamp) body.iat = now;
    if (options.expiresIn !== undefined) body.exp = (body.iat || now) + toSeconds(options.expiresIn);
    if (options.notBefore !== undefined) body.nbf = (body.iat || now) + toSeconds(options.notBefore);
    if (options.subject) body.sub = options.subject;
    if (options.issuer) body.iss = options.issuer;
    if (options.audience) body.aud = options.audience;
    if (options.jwtid) body.jti = options.jwtid;
    const header = { alg, typ: 'JWT', ...(options.header || {}) };
    const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(body))}`;
    const token = `${input}.${alg === 'none' ? '' : hmac(alg, secretOrPrivateKey, input)}`;
    if (callback) { callback(null, token); return undefined; }
    return token;
  } catch (err) {
    if (callback) { callback(err); return undefined; }
    throw err;
  }
}

function decode(token, options) {
  options = options || {};
  if (typeof token !== 'string') return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return options.complete ? { header, payload, signature: parts[2] } : payload;
  } catch {
    return null;
  }
}

function verify(token, secretOrPublicKey, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  options = options || {};
  const done = (err, value) => {
    if (callback) return callback(err, value);
    if (err) throw err;
    return value;
  };
  if (!token) return done(new JsonWebTokenError('jwt must be provided'));
  if (typeof token !== 'string' || token.split('.').length !== 3) return done(new JsonWebTokenError('jwt malformed'));
  const decoded = decode(token, { complete: true });
  if (!decoded) return done(new JsonWebTokenError('invalid token'));
  const { header, payload, signature } = decoded;
  const input = token.slice(0, token.lastIndexOf('.'));
  if (!signature && secretOrPublicKey) return done(new JsonWebTokenError('jwt signature is required'));
  if (signature && !secretOrPublicKey) return done(new JsonWebTokenError('secret or public key must be provided'));
  const algorithms = options.algorithms || (secretOrPublicKey ? ['HS256', 'HS384', 'HS512'] : ['none']);
  if (!algorithms.includes(header.alg)) return done(new JsonWebTokenError('invalid algorithm'));
  if (header.alg !== 'none') {
    if (!HASH[header.alg]) return done(new JsonWebTokenError('invalid algorithm'));
    const expected = Buffer.from(hmac(header.alg, secretOrPublicKey, input));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
      return done(new JsonWebTokenError('invalid signature'));
    }
  }
  const now = Math.floor(Date.now() / 1000);
  if (!options.ignoreNotBefore && typeof payload.nbf === 'number' && payload.nbf > now + (options.clockTolerance || 0)) {
    return done(new NotBeforeError('jwt not active', new Date(payload.nbf * 1000)));
  }
  if (!options.ignoreExpiration && typeof payload.exp === 'number' && now >= payload.exp + (options.clockTolerance || 0)) {
    return done(new TokenExpiredError('jwt expired', new Date(payload.exp * 1000)));
  }
  if (options.audience && [].concat(options.audience).indexOf(payload.aud) === -1) {
    return done(new JsonWebTokenError('jwt audience invalid'));
  }
  if (options.issuer && [].concat(options.issuer).indexOf(payload.iss) === -1) {
    return done(new JsonWebTokenError('jwt issuer invalid'));
  }
  return done(null, options.complete ? decoded : payload);
}

module.exports = { sign, verify, decode, JsonWebTokenError, TokenExpiredError, NotBeforeError };
