'use strict';
/**
 * Log search for the support console: GET /api/logs/search?q=timeout
 * Returns the most recent log lines that match the search term (case-insensitive).
 */
const express = require('../stubs/express');
const fs = require('fs');

const LOG_FILE = process.env.APP_LOG_FILE || '/var/log/acme/app.log';
const MAX_RESULTS = 200;

/**
 * Reads the log file as an array of non-empty lines.
 * @param {string} [file]
 * @returns {Promise<string[]>}
 */
async function loadLogLines(file = LOG_FILE) {
  const text = await fs.promises.readFile(file, 'utf8');
  return text.split('\n').filter((line) => line.length > 0);
}

/**
 * Returns the newest lines containing `query`, newest first. The query is
 * matched as plain text (case-insensitive), never compiled as a regular
 * expression, so a search term cannot trigger catastrophic backtracking.
 * @param {string[]} lines
 * @param {string} query search term typed by the support agent
 * @param {number} [limit]
 */
function searchLines(lines, query, limit = MAX_RESULTS) {
  const needle = String(query).toLowerCase();
  const results = [];
  for (let i = lines.length - 1; i >= 0 && results.length < limit; i--) {
    if (lines[i].toLowerCase().includes(needle)) {
      results.push(lines[i]);
    }
  }
  return results;
}

/**
 * Express handler for the log search endpoint.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
async function searchLogs(req, res) {
  const query = typeof req.query.q === 'string' ? req.query.q.trim() : '';
  if (!query) {
    return res.status(400).json({ error: 'q is required' });
  }
  const lines = await loadLogLines();
  const matches = searchLines(lines, query);
  return res.json({ query, count: matches.length, matches });
}

const app = express();
app.get('/api/logs/search', searchLogs);

module.exports = { app, searchLogs, searchLines, loadLogLines };
