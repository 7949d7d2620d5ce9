'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, mockRes, invoke } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');
const quiet = () => { const orig = console.error; console.error = () => {}; return () => { console.error = orig; }; };

async function handle(err, req = mockReq({ method: 'GET', originalUrl: '/api/things/9' }), res = mockRes()) {
  const mod = await load();
  const restore = quiet();
  try {
    return await invoke(mod.errorHandler, req, res, { error: err });
  } finally {
    restore();
  }
}

test('client errors keep their status and message', async () => {
  const mod = await load();
  const { res } = await handle(new mod.HttpError(404, 'Invoice 9 not found'));
  assert.equal(res.statusCode, 404);
  assert.match(res.jsonBody.error, /Invoice 9 not found/);
});

test('errors with statusCode are honoured', async () => {
  const err = Object.assign(new Error('Payload too large'), { statusCode: 413 });
  const { res } = await handle(err);
  assert.equal(res.statusCode, 413);
});

test('unexpected errors become a JSON 500', async () => {
  const { res } = await handle(new TypeError('x is undefined'));
  assert.equal(res.statusCode, 500);
  assert.equal(typeof res.jsonBody.error, 'string');
  assert.ok(res.jsonBody.error.length > 0);
});

test('errors are logged server-side', async () => {
  const mod = await load();
  const seen = [];
  const orig = console.error;
  console.error = (...args) => seen.push(args);
  try {
    await invoke(mod.errorHandler, mockReq({ originalUrl: '/x' }), mockRes(), { error: new Error('db down') });
  } finally {
    console.error = orig;
  }
  assert.ok(seen.length > 0);
});

test('after headers are sent the error goes to next()', async () => {
  const res = mockRes();
  res.headersSent = true;
  const out = await handle(new Error('late'), mockReq(), res);
  assert.equal(out.nextCalled, true);
});

test('notFound forwards a 404 error', async () => {
  const mod = await load();
  const { nextArg } = await invoke(mod.notFound, mockReq({ method: 'GET', originalUrl: '/nope' }));
  assert.equal(nextArg.status, 404);
});

test('createApp installs the handlers', async () => {
  const mod = await load();
  const app = mod.createApp();
  assert.ok(app.stack.some((r) => r.handlers.includes(mod.errorHandler)));
});
