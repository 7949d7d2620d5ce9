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
  return (req, res, next) => {
    const requested = decodeURIComponent(req.params.file);
    const absolutePath = path.resolve(avatarDir, requested);
    res.set('Cache-Control', `public, max-age=${CACHE_SECONDS}`);
    res.sendFile(absolutePath, (err) => {
      if (!err) return;
      if (err.status === 404 || err.code === 'ENOENT') {
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
