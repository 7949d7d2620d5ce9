import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const execFileAsync = promisify(execFile);

const DEFAULTS = {
  thumbDir: process.env.THUMB_DIR || '/var/lib/clipshare/posters',
  atSecond: 1,
  width: 320,
};

/**
 * Render a JPEG poster frame for an uploaded video with ffmpeg.
 * The poster is named after the file the user uploaded, e.g. "Team offsite.mov" -> "Team offsite.jpg".
 *
 * @param {{ path: string, originalname: string }} file multer upload record
 * @param {{ thumbDir?: string, atSecond?: number, width?: number }} [options]
 * @returns {Promise<{ poster: string, source: string }>}
 */
export async function createPoster(file, options = {}) {
  const { thumbDir, atSecond, width } = { ...DEFAULTS, ...options };
  const posterName = `${path.parse(file.originalname).name}.jpg`;
  const poster = path.join(thumbDir, posterName);
  await mkdir(thumbDir, { recursive: true });

  const args = [
    '-y', '-loglevel', 'error',
    '-ss', String(Number(atSecond)),
    '-i', file.path,
    '-frames:v', '1', '-vf', `scale=${Number(width)}:-2`,
    poster,
  ];

  await execFileAsync('ffmpeg', args, { timeout: 60_000 });
  return { poster, source: file.path };
}

/** Express handler for POST /videos/:id/poster (after multer.single('video')). */
export async function posterHandler(req, res) {
  if (!req.file) {
    return res.status(400).json({ error: 'video file is required' });
  }
  try {
    const at = req.body && req.body.at !== undefined ? Number(req.body.at) : undefined;
    const { poster } = await createPoster(req.file, Number.isFinite(at) ? { atSecond: at } : {});
    return res.status(201).json({ poster: path.basename(poster) });
  } catch (err) {
    return res.status(422).json({ error: 'could not render poster' });
  }
}
