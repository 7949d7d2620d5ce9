'use strict';
/**
 * Account statements: GET /statements/:name streams a previously generated statement file.
 */
const fs = require('fs');
const path = require('path');
const express = require('express');

const DEFAULT_DIR = process.env.STATEMENTS_DIR || path.join(__dirname, 'storage', 'statements');

const CONTENT_TYPES = {
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Build the download handler for statements stored under `baseDir`.
 * @param {string} [baseDir]
 */
function makeDownloadHandler(baseDir = DEFAULT_DIR) {
  return async function downloadStatement(req, res, next) {
    const { name } = req.params;
    if (!name) {
      return res.status(400).json({ error: 'statement name is required' });
    }

    const filePath = path.join(baseDir, name);
    try {
      const data = await fs.promises.readFile(filePath);
      const type = CONTENT_TYPES[path.extname(filePath).toLowerCase()] || 'application/octet-stream';
      res.set('Content-Type', type);
      res.set('Content-Disposition', `attachment; filename="${path.basename(filePath)}"`);
      return res.send(data);
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'EISDIR') {
        return res.status(404).json({ error: 'statement not found' });
      }
      return next(err);
    }
  };
}

function createStatementRouter(baseDir) {
  const router = express.Router();
  router.get('/statements/:name', makeDownloadHandler(baseDir));
  return router;
}

module.exports = { makeDownloadHandler, createStatementRouter, CONTENT_TYPES };
