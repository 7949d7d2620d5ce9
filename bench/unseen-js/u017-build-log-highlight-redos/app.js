'use strict';
/**
 * CI dashboard: GET /builds/:buildId/log/search?q=ERR!&case=1
 * Returns the matching log lines with the matches wrapped in <mark>.
 */
const express = require('express');

const MAX_RESULTS = 500;

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * @param {string[]} lines
 * @param {string} query
 * @param {{ caseSensitive?: boolean }} [opts]
 * @returns {{ lineNo: number, html: string }[]}
 */
function highlightLines(lines, query, { caseSensitive = false } = {}) {
  const matcher = new RegExp(query, caseSensitive ? 'g' : 'gi');
  const results = [];
  for (let i = 0; i < lines.length && results.length < MAX_RESULTS; i++) {
    const line = lines[i];
    let html = '';
    let last = 0;
    let hit = false;
    for (const m of line.matchAll(matcher)) {
      if (m[0] === '') continue;
      hit = true;
      html += `${escapeHtml(line.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
      last = m.index + m[0].length;
    }
    if (hit) results.push({ lineNo: i + 1, html: html + escapeHtml(line.slice(last)) });
  }
  return results;
}

/**
 * @param {(buildId: string) => Promise<string | null>} loadLog returns the raw log text
 */
function createLogSearchHandler(loadLog) {
  return async (req, res, next) => {
    const query = typeof req.query.q === 'string' ? req.query.q : '';
    if (!query.trim()) {
      return res.status(400).json({ error: 'q is required' });
    }
    try {
      const log = await loadLog(req.params.buildId);
      if (log === null) return res.status(404).json({ error: 'build not found' });
      const matches = highlightLines(log.split(/\r?\n/), query, { caseSensitive: req.query.case === '1' });
      return res.json({ buildId: req.params.buildId, count: matches.length, matches });
    } catch (err) {
      if (err instanceof SyntaxError) return res.status(400).json({ error: 'invalid search pattern' });
      return next(err);
    }
  };
}

function createLogRouter(loadLog) {
  const router = express.Router();
  router.get('/builds/:buildId/log/search', createLogSearchHandler(loadLog));
  return router;
}

module.exports = { highlightLines, createLogSearchHandler, createLogRouter, MAX_RESULTS };
