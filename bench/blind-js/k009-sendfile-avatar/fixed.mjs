import express from 'express';
import path from 'node:path';

/** Where user avatars are stored on disk. */
export const AVATAR_DIR = process.env.AVATAR_DIR ?? path.resolve('uploads', 'avatars');

const CACHE_SECONDS = 60 * 60 * 24;

/**
 * GET /avatars/:file — serve a stored avatar image.
 * @param {string} [avatarDir]
 * @returns {import('express').RequestHandler}
 */
export function createAvatarHandler(avatarDir = AVATAR_DIR) {
  const root = path.resolve(avatarDir);
  return (req, res, next) => {
    let requested;
    try {
      requested = decodeURIComponent(req.params.file);
    } catch {
      res.status(400).json({ error: 'bad file name' });
      return;
    }
    res.set('Cache-Control', `public, max-age=${CACHE_SECONDS}`);
    // With `root`, send() refuses any path that climbs out of the folder.
    res.sendFile(requested, { root }, (err) => {
      if (!err) return;
      if (err.status === 404 || err.status === 403 || err.code === 'ENOENT') {
        res.status(404).json({ error: 'avatar not found' });
        return;
      }
      next(err);
    });
  };
}

/**
 * Mount the avatar routes.
 * @param {string} [avatarDir]
 */
export function avatarRouter(avatarDir = AVATAR_DIR) {
  const router = express.Router();
  router.get('/avatars/:file', createAvatarHandler(avatarDir));
  return router;
}
