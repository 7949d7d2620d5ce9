'use strict';
/**
 * Serves files that users uploaded earlier: GET /uploads/:name
 */
const express = require('../stubs/express');
const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = process.env.UPLOAD_DIR || path.join(__dirname, 'uploads');

const CONTENT_TYPES = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Picks a Content-Type from the file extension.
 * @param {string} fileName
 */
function contentTypeFor(fileName) {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] || 'application/octet-stream';
}

/**
 * Streams an uploaded file back to the client.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
function getUpload(req, res) {
  const fileName = req.params.name;
  const root = path.resolve(UPLOAD_DIR);
  const filePath = path.resolve(root, fileName);
  if (!filePath.startsWith(root + path.sep)) {
    res.status(404).json({ error: 'File not found' });
    return;
  }
  fs.readFile(filePath, (err, data) => {
    if (err) {
      res.status(404).json({ error: 'File not found' });
      return;
    }
    res.type(contentTypeFor(fileName)).send(data);
  });
}

const app = express();
app.get('/uploads/:name', getUpload);

module.exports = { app, getUpload, contentTypeFor, UPLOAD_DIR };
