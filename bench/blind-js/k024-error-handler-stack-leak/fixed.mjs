import express from 'express';
import crypto from 'node:crypto';

/**
 * An error with an HTTP status that is safe to show to API clients.
 */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

/**
 * 404 for unmatched routes.
 * @type {import('express').RequestHandler}
 */
export function notFound(req, res, next) {
  next(new HttpError(404, `No route for ${req.method} ${req.originalUrl}`));
}

/**
 * Final error handler: log the details server-side, answer with a JSON error body.
 * Client errors (4xx) keep their message; server errors get a generic message and an
 * id to correlate with the log. Stack traces never leave the server.
 * @type {import('express').ErrorRequestHandler}
 */
export function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }
  let status = Number(err.status || err.statusCode) || 500;
  if (status < 400 || status > 599) status = 500;
  const errorId = crypto.randomUUID();
  console.error(`[${errorId}] [${req.method} ${req.originalUrl}]`, err);
  const body = status < 500
    ? { error: err.message, path: req.originalUrl }
    : { error: 'Internal Server Error', errorId, path: req.originalUrl };
  res.status(status).json(body);
}

/** Build the API app with its error handling installed last. */
export function createApp(routes = express.Router()) {
  const app = express();
  app.use(express.json());
  app.use('/api', routes);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
