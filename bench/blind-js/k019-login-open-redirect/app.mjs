import express from 'express';

const DEFAULT_LANDING = '/dashboard';

/**
 * Build the POST /login handler.
 * @param {(username: string, password: string) => Promise<{ id: string } | null>} verifyCredentials
 * @returns {import('express').RequestHandler}
 */
export function createLoginHandler(verifyCredentials) {
  return async function login(req, res, next) {
    try {
      const { username, password } = req.body ?? {};
      if (!username || !password) {
        return res.status(400).json({ error: 'username and password are required' });
      }
      const user = await verifyCredentials(String(username), String(password));
      if (!user) {
        return res.status(401).json({ error: 'invalid credentials' });
      }
      req.session.userId = user.id;
      const target = req.query.next || req.body.next || DEFAULT_LANDING;
      return res.redirect(303, target);
    } catch (err) {
      return next(err);
    }
  };
}

/**
 * Mount the auth routes.
 * @param {Parameters<typeof createLoginHandler>[0]} verifyCredentials
 */
export function authRouter(verifyCredentials) {
  const router = express.Router();
  router.post('/login', express.urlencoded({ extended: false }), createLoginHandler(verifyCredentials));
  return router;
}
