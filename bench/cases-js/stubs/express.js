'use strict';
// Local stand-in for the `express` package (no install at test time).
// It only records routes and middleware; handlers are exercised directly by the tests.

function createRouter() {
  const router = function router(req, res, next) { if (next) next(); };
  router.routes = [];
  router.stack = [];
  for (const method of ['get', 'post', 'put', 'patch', 'delete', 'all']) {
    router[method] = (routePath, ...handlers) => {
      router.routes.push({ method: method.toUpperCase(), path: routePath, handlers });
      return router;
    };
  }
  router.use = (...args) => { router.stack.push(args); return router; };
  router.route = (routePath) => {
    const chain = {};
    for (const method of ['get', 'post', 'put', 'patch', 'delete', 'all']) {
      chain[method] = (...handlers) => { router[method](routePath, ...handlers); return chain; };
    }
    return chain;
  };
  return router;
}

function express() {
  const app = createRouter();
  app.settings = {};
  const routeGet = app.get;
  app.get = (key, ...handlers) => (handlers.length === 0 ? app.settings[key] : routeGet(key, ...handlers));
  app.set = (key, value) => { app.settings[key] = value; return app; };
  app.enable = (key) => app.set(key, true);
  app.disable = (key) => app.set(key, false);
  app.locals = {};
  app.listen = (port, ...rest) => {
    const cb = rest.find((a) => typeof a === 'function');
    if (cb) setImmediate(cb);
    return { address: () => ({ port }), close: (done) => { if (done) done(); } };
  };
  return app;
}

function middleware(name, options) {
  const fn = function (req, res, next) { if (next) next(); };
  Object.defineProperty(fn, 'name', { value: name });
  fn.options = options || {};
  return fn;
}

express.json = (options) => middleware('jsonParser', options);
express.urlencoded = (options) => middleware('urlencodedParser', options);
express.text = (options) => middleware('textParser', options);
express.raw = (options) => middleware('rawParser', options);
express.static = (root, options) => Object.assign(middleware('serveStatic', options), { root });
express.Router = () => createRouter();

module.exports = express;
