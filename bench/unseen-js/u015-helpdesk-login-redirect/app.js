'use strict';
/**
 * Helpdesk agent console: POST /login?returnTo=/tickets/123
 */
const express = require('express');

const DEFAULT_LANDING = '/queue';

/**
 * @typedef {{ verifyCredentials(email: string, password: string): Promise<{ id: string, name: string } | null> }} AgentDirectory
 */

/**
 * Build the login handler. After a successful login the agent goes back to the page that
 * sent them to the login form (the `returnTo` query parameter), or to their queue.
 * @param {AgentDirectory} agents
 */
function createLoginHandler(agents) {
  return async function login(req, res, next) {
    const { email, password } = req.body || {};
    if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) {
      return res.status(400).json({ error: 'email and password are required' });
    }

    try {
      const agent = await agents.verifyCredentials(email.trim().toLowerCase(), password);
      if (!agent) {
        return res.status(401).json({ error: 'Invalid email or password' });
      }
      req.session.agentId = agent.id;
      req.session.agentName = agent.name;
      req.session.loginAt = Date.now();

      const returnTo = req.query.returnTo || DEFAULT_LANDING;
      return res.redirect(303, returnTo);
    } catch (err) {
      return next(err);
    }
  };
}

function createAuthRouter(agents) {
  const router = express.Router();
  router.post('/login', express.urlencoded({ extended: false }), createLoginHandler(agents));
  router.post('/logout', (req, res) => {
    req.session = null;
    res.redirect(303, '/login');
  });
  return router;
}

module.exports = { createLoginHandler, createAuthRouter, DEFAULT_LANDING };
