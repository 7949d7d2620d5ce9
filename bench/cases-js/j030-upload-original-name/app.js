'use strict';
/**
 * Attachment uploads for support tickets: POST /api/attachments (multipart,
 * field "file"). Files are stored in UPLOAD_DIR, which is also served
 * statically under /uploads so agents can open them in the browser.
 */
const express = require('../stubs/express');
const multer = require('./stubs/multer');
const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = process.env.UPLOAD_DIR || path.join(__dirname, 'public', 'uploads');
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_FILE_BYTES } });

/**
 * Writes an uploaded file into the upload folder.
 * @param {{originalname: string, buffer: Buffer}} file multer file object
 * @returns {Promise<string>} the stored file name
 */
async function storeFile(file) {
  await fs.promises.mkdir(UPLOAD_DIR, { recursive: true });
  const targetPath = path.join(UPLOAD_DIR, file.originalname);
  await fs.promises.writeFile(targetPath, file.buffer);
  return path.basename(targetPath);
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
    return res.status(500).json({ error: 'Could not store the file' });
  }
}

const app = express();
app.use('/uploads', express.static(UPLOAD_DIR));
app.post('/api/attachments', upload.single('file'), uploadAttachment);

module.exports = { app, uploadAttachment, storeFile, UPLOAD_DIR };
