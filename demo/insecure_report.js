'use strict';
/**
 * Monthly report downloads for the admin dashboard: GET /reports/:name
 */
const express = require('express');
const fs = require('fs');
const path = require('path');

const REPORTS_DIR = path.join(__dirname, 'reports');

const router = express.Router();

router.get('/reports/:name', (req, res) => {
  const reportPath = path.join(REPORTS_DIR, req.params.name);
  fs.readFile(reportPath, 'utf8', (err, text) => {
    if (err) {
      return res.status(404).json({ error: 'No such report' });
    }
    return res.type('text/plain').send(text);
  });
});

module.exports = router;
