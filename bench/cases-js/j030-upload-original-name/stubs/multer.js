'use strict';
// Local stand-in for the `multer` package (no install at test time).
// The middleware it returns does nothing; tests put `req.file` on the request themselves.

function passThrough(req, res, next) { if (next) next(); }

function multer(options) {
  const opts = options || {};
  return {
    options: opts,
    single: (field) => Object.assign((req, res, next) => passThrough(req, res, next), { field }),
    array: (field) => Object.assign((req, res, next) => passThrough(req, res, next), { field }),
    fields: () => passThrough,
    none: () => passThrough,
    any: () => passThrough,
  };
}

multer.memoryStorage = () => ({ kind: 'memory' });
multer.diskStorage = (opts) => ({ kind: 'disk', ...opts });

module.exports = multer;
