'use strict';
/**
 * Report downloads: GET /reports/download?file=2024-q1-summary.pdf
 * Generated reports are written to REPORTS_DIR by a nightly job.
 */
const express = require('../stubs/express');
const path = require('path');

const REPORTS_DIR = process.env.REPORTS_DIR || path.join(__dirname, 'storage', 'reports');

/**
 * Builds a friendly download name, e.g. "acme-2024-q1-summary.pdf".
 * @param {string} fileName
 */
function downloadNameFor(fileName) {
  return `acme-${path.basename(fileName)}`;
}

/**
 * Sends the requested report as an attachment.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
function downloadReport(req, res) {
  const requested = req.query.file;
  if (!requested || typeof requested !== 'string') {
    return res.status(400).json({ error: 'Missing "file" query parameter' });
  }
  const fullPath = REPORTS_DIR + '/' + requested;
  return res.download(fullPath, downloadNameFor(requested), (err) => {
    if (err && !res.headersSent) {
      res.status(404).json({ error: 'Report not found' });
    }
  });
}

const app = express();
app.get('/reports/download', downloadReport);

module.exports = { app, downloadReport, downloadNameFor, REPORTS_DIR };
