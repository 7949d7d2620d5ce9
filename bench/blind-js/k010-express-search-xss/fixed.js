'use strict';
const express = require('express');

/** @typedef {{ slug: string, title: string }} Article */

/** @type {Article[]} */
const ARTICLES = [
  { slug: 'reset-password', title: 'How to reset your password' },
  { slug: 'billing-cycle', title: 'Understanding your billing cycle' },
  { slug: 'export-data', title: 'Export your data as CSV' },
];

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values. */
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * Find help articles whose title contains the query (case-insensitive).
 * @param {string} query
 * @param {Article[]} [articles]
 */
function searchArticles(query, articles = ARTICLES) {
  const needle = query.toLowerCase();
  return articles.filter((a) => a.title.toLowerCase().includes(needle));
}

/**
 * Render the results page.
 * @param {string} query
 * @param {Article[]} results
 */
function renderResultsPage(query, results) {
  const safeQuery = escapeHtml(query);
  const items = results
    .map((a) => `<li><a href="/help/${encodeURIComponent(a.slug)}">${escapeHtml(a.title)}</a></li>`)
    .join('\n');
  const summary = results.length
    ? `<p>${results.length} result(s) for <strong>${safeQuery}</strong></p>`
    : `<p>No articles match <strong>${safeQuery}</strong>.</p>`;
  return `<!doctype html>
<html>
  <head><title>Help search</title></head>
  <body>
    <form action="/help/search"><input name="q" value="${safeQuery}"><button>Search</button></form>
    ${summary}
    <ul>${items}</ul>
  </body>
</html>`;
}

/** GET /help/search?q=... */
function searchPage(req, res) {
  const query = String(req.query.q || '').trim();
  const results = query ? searchArticles(query) : [];
  res.status(200).send(renderResultsPage(query, results));
}

const router = express.Router();
router.get('/help/search', searchPage);

module.exports = { searchArticles, renderResultsPage, searchPage, router };
