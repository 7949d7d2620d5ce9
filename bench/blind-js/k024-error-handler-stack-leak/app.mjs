import express from 'express';

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
 * Final error handler: log and answer with a JSON error body.
 * @type {import('express').ErrorRequestHandler}
 */
export function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }
  const status = Number(err.status || err.statusCode) || 500;
  console.error(`[${req.method} ${req.originalUrl}]`, err);
  res.status(status).json({
    error: err.message,
    name: err.name,
    stack: err.stack,
    path: req.originalUrl,
  });
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
