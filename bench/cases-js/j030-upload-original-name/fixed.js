'use strict';
/**
 * Attachment uploads for support tickets: POST /api/attachments (multipart,
 * field "file"). Files are stored in UPLOAD_DIR, which is also served
 * statically under /uploads so agents can open them in the browser.
 */
const express = require('../stubs/express');
const multer = require('./stubs/multer');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = process.env.UPLOAD_DIR || path.join(__dirname, 'public', 'uploads');
const MAX_FILE_BYTES = 10 * 1024 * 1024;
// Only inert document/image types; nothing the browser would run as HTML or script.
const ALLOWED_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.txt', '.csv', '.log', '.zip']);

/** Raised for uploads that are refused (shown to the client as 415). */
class UnsupportedFileError extends Error {}

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_FILE_BYTES } });

/**
 * Writes an uploaded file into the upload folder under a server-generated
 * name; only the (allow-listed) extension of the client's file name is kept.
 * @param {{originalname: string, buffer: Buffer}} file multer file object
 * @returns {Promise<string>} the stored file name
 */
async function storeFile(file) {
  const ext = path.extname(path.basename(String(file.originalname).replace(/\\/g, '/'))).toLowerCase();
  if (!ALLOWED_EXTENSIONS.has(ext)) {
    throw new UnsupportedFileError(`File type ${ext || '(none)'} is not allowed`);
  }
  await fs.promises.mkdir(UPLOAD_DIR, { recursive: true });
  const storedName = `${crypto.randomUUID()}${ext}`;
  const targetPath = path.join(UPLOAD_DIR, storedName);
  await fs.promises.writeFile(targetPath, file.buffer, { flag: 'wx' });
  return storedName;
}

/**
 * POST /api/attachments handler.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
async function uploadAttachment(req, res) {
  if (!req.file) {
    return res.status(400).json({ error: 'No file uploaded (field "file")' });
  }
  try {
    const storedName = await storeFile(req.file);
    return res.status(201).json({
      name: storedName,
      size: req.file.size,
      url: `/uploads/${encodeURIComponent(storedName)}`,
    });
  } catch (err) {
    if (err instanceof UnsupportedFileError) {
      return res.status(415).json({ error: err.message });
    }
    return res.status(500).json({ error: 'Could not store the file' });
  }
}

const app = express();
app.use('/uploads', express.static(UPLOAD_DIR));
app.post('/api/attachments', upload.single('file'), uploadAttachment);

module.exports = { app, uploadAttachment, storeFile, UPLOAD_DIR };
