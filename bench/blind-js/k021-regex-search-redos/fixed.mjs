import express from 'express';

/** @typedef {{ id: number, level: string, message: string }} LogEntry */

const MAX_RESULTS = 100;
const MAX_QUERY_LENGTH = 200;

/**
 * Filter log entries whose message contains the search text (case-insensitive).
 * The query is plain text: it is never compiled as a regular expression.
 * @param {LogEntry[]} entries
 * @param {string} query
 * @returns {LogEntry[]}
 */
export function filterEntries(entries, query) {
  const needle = String(query).slice(0, MAX_QUERY_LENGTH).toLowerCase();
  const hits = [];
  for (const entry of entries) {
    if (String(entry.message).toLowerCase().includes(needle)) {
      hits.push(entry);
      if (hits.length >= MAX_RESULTS) break;
    }
  }
  return hits;
}

/**
 * Build GET /logs/search?q=...&level=...
 * @param {() => LogEntry[]} loadEntries source of recent log entries
 * @returns {import('express').RequestHandler}
 */
export function createSearchHandler(loadEntries) {
  return (req, res) => {
    const query = String(req.query.q ?? '').trim();
    if (!query) {
      return res.status(400).json({ error: 'q is required' });
    }
    const level = req.query.level ? String(req.query.level).toLowerCase() : null;
    const entries = loadEntries().filter((e) => !level || e.level === level);
    const results = filterEntries(entries, query);
    return res.json({ query, count: results.length, results });
  };
}

/** Router for the ops dashboard. */
export function logsRouter(loadEntries) {
  const router = express.Router();
  router.get('/logs/search', createSearchHandler(loadEntries));
  return router;
}
