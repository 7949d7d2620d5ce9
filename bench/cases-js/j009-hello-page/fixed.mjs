/**
 * Landing page greeting: GET /hello?name=Ada renders a personalised welcome.
 */
import express from '../stubs/express.js';

const app = express();

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for use in HTML element content and attribute values.
 * @param {string} value
 */
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * Wraps page content in the site layout.
 * @param {string} title
 * @param {string} body HTML for the main section
 */
export function layout(title, body) {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
  <body><main>${body}</main></body>
</html>`;
}

/**
 * Express handler for the greeting page.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
export function helloPage(req, res) {
  const name = typeof req.query.name === 'string' && req.query.name.trim() ? req.query.name.trim() : 'guest';
  const greeting = `<h1>Hello ${escapeHtml(name)}</h1><p>Welcome back to Acme.</p>`;
  res.type('html').send(layout('Welcome', greeting));
}

app.get('/hello', helloPage);

export default app;
