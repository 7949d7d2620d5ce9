'use strict';
/**
 * Login form handler: POST /login?next=/settings
 * After a successful login the user is sent back to the page they came from.
 */
const express = require('../stubs/express');
const crypto = require('crypto');

const DEFAULT_REDIRECT = '/dashboard';

/** In-memory user directory with scrypt password hashes. */
class UserDirectory {
  constructor() {
    this.users = new Map();
  }

  add(username, password) {
    const salt = crypto.randomBytes(16);
    const hash = crypto.scryptSync(password, salt, 32);
    this.users.set(username, { salt, hash });
  }

  check(username, password) {
    const user = this.users.get(username);
    if (!user) return false;
    const candidate = crypto.scryptSync(String(password), user.salt, 32);
    return crypto.timingSafeEqual(candidate, user.hash);
  }
}

const directory = new UserDirectory();
const sessions = new Map();

/**
 * Returns `target` when it is a same-site path ("/settings?tab=2"),
 * otherwise the default page. Absolute URLs, protocol-relative "//host"
 * and backslash tricks ("/\\host") are refused.
 * @param {unknown} target
 */
function safeRedirectTarget(target) {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
    return DEFAULT_REDIRECT;
  }
  if (/[\u0000-\u001f\u007f]/.test(target)) {
    return DEFAULT_REDIRECT;
  }
  const url = new URL(target, 'https://app.invalid');
  return url.origin === 'https://app.invalid' ? target : DEFAULT_REDIRECT;
}

/**
 * Handles the login form post.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
function login(req, res) {
  const { username, password } = req.body || {};
  if (!directory.check(username, password)) {
    return res.status(401).send('Invalid username or password');
  }
  const sessionId = crypto.randomBytes(24).toString('hex');
  sessions.set(sessionId, { username, createdAt: Date.now() });
  res.cookie('sid', sessionId, { httpOnly: true, secure: true, sameSite: 'lax' });

  const next = req.query.next || req.body.next || DEFAULT_REDIRECT;
  return res.redirect(safeRedirectTarget(next));
}

const app = express();
app.use(express.urlencoded({ extended: false }));
app.post('/login', login);

module.exports = { app, login, directory, sessions };
