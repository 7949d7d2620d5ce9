'use strict';
const express = require('express');
const fs = require('fs');
const path = require('path');

const DEFAULT_DIR = process.env.INVOICE_DIR || path.join(__dirname, 'storage', 'invoices');

/**
 * Build the handler for GET /invoices/:name/download.
 * @param {string} [baseDir] folder holding the generated invoices
 * @returns {import('express').RequestHandler}
 */
function createDownloadHandler(baseDir = DEFAULT_DIR) {
  return function downloadInvoice(req, res, next) {
    const fileName = req.params.name;
    const filePath = path.join(baseDir, fileName);

    fs.readFile(filePath, (err, data) => {
      if (err) {
        if (err.code === 'ENOENT' || err.code === 'EISDIR') {
          return res.status(404).json({ error: 'Invoice not found' });
        }
        return next(err);
      }
      res.set('Content-Type', 'application/octet-stream');
      res.set('Content-Disposition', `attachment; filename="${path.basename(filePath)}"`);
      return res.send(data);
    });
  };
}

/** Router exposing the download endpoint. */
function createRouter(baseDir) {
  const router = express.Router();
  router.get('/invoices/:name/download', createDownloadHandler(baseDir));
  return router;
}

module.exports = { createDownloadHandler, createRouter };
