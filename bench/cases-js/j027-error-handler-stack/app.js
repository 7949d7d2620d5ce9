'use strict';
/**
 * Central error handling for the REST API.
 */
const express = require('../stubs/express');

/** Error with an HTTP status that may be shown to the client. */
class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.expose = status < 500;
  }
}

/**
 * Wraps an async route handler so rejections reach the error middleware.
 * @param {Function} handler
 */
function asyncHandler(handler) {
  return (req, res, next) => Promise.resolve(handler(req, res, next)).catch(next);
}

/**
 * Express error middleware (registered last).
 * @param {Error & {status?: number, expose?: boolean}} err
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @param {Function} next
 */
function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }
  const status = err.status || err.statusCode || 500;
  if (status < 500 && err.expose) {
    return res.status(status).json({ error: err.message });
  }
  console.error(`[api] ${req.method} ${req.originalUrl} failed:`, err.message);
  return res.status(status).type('text/plain').send(err.stack);
}

const app = express();
app.get('/api/health', (req, res) => res.json({ ok: true }));
app.use(errorHandler);

module.exports = { app, HttpError, asyncHandler, errorHandler };
