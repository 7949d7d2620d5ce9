'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { Readable } = require('node:stream');
const { makeRes, withTimeout } = require('../testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const MB = 1024 * 1024;
const BODY_MB = 32;

/** Streams a syntactically valid 32 MiB JSON document in 1 MiB chunks (chunked, no Content-Length). */
function hugeRequest() {
  const filler = Buffer.alloc(MB, 'a');
  async function* body() {
    yield Buffer.from('{"events":[{"type":"x","pad":"');
    for (let i = 0; i < BODY_MB; i++) yield filler;
    yield Buffer.from('"}]}');
  }
  const req = Readable.from(body(), { objectMode: false });
  Object.assign(req, { method: 'POST', url: '/ingest', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
  return req;
}

test(`a ${BODY_MB} MiB request body is refused instead of buffered`, async () => {
  const res = makeRes();
  let error = null;
  try {
    await mod.handleIngest(hugeRequest(), res);
    await withTimeout(res.done, 5000);
  } catch (err) { error = err; }
  assert.ok(!error || !/timed out/.test(error.message), 'no response');
  assert.ok(res.statusCode >= 400 && res.statusCode < 500, `huge body accepted with status ${res.statusCode}`);
});
