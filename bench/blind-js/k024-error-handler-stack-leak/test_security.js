'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, mockRes, invoke } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

async function bodyFor(err) {
  const mod = await load();
  const orig = console.error;
  console.error = () => {};
  try {
    const { res } = await invoke(mod.errorHandler, mockReq({ method: 'GET', originalUrl: '/api/orders' }), mockRes(), { error: err });
    return String(res.body || '');
  } finally {
    console.error = orig;
  }
}

function internalError() {
  const err = new Error('connect ECONNREFUSED 10.4.2.17:5432 (user=orders_rw password=Tr0ub4dor)');
  err.code = 'ECONNREFUSED';
  return err;
}

test('500 responses carry no stack trace', async () => {
  const err = internalError();
  const body = await bodyFor(err);
  const frames = err.stack.split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
  for (const frame of frames) assert.ok(!body.includes(frame), 'stack frame leaked');
  assert.ok(!/\bat .+:\d+:\d+/.test(body), 'stack-like text leaked');
  assert.ok(!body.includes(__filename) && !body.includes(__dirname), 'server path leaked');
});

test('500 responses do not echo internal error details', async () => {
  const body = await bodyFor(internalError());
  assert.ok(!body.includes('10.4.2.17'), 'internal host leaked');
  assert.ok(!body.includes('Tr0ub4dor'), 'credential leaked');
});

test('an error that says it is a client error cannot smuggle a stack out', async () => {
  const err = Object.assign(new Error('bad input'), { status: 400 });
  const body = await bodyFor(err);
  assert.ok(!/\bat .+:\d+:\d+/.test(body), 'stack-like text leaked');
});
