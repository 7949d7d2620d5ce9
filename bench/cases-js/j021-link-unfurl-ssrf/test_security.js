'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { installNetFakes, isInternalUrl } = require('./net_fakes');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const net = installNetFakes();
let mod;
before(async () => {
  mod = await import(pathToFileURL(path.resolve(__dirname, process.env.CASE_MODULE || 'app.mjs')).href);
});

const TARGETS = [
  'http://169.254.169.254/latest/meta-data/',
  'http://127.0.0.1:6379/',
  'http://localhost:8080/admin',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://10.0.0.5/',
  'http://2130706433/',
  'http://0.0.0.0:9200/_cat/indices',
  'http://internal.acme.example/status',
  'https://short.example/abc',
  'https://short.example/local',
];

for (const url of TARGETS) {
  test(`no request to an internal address: ${url}`, async () => {
    net.fetched.length = 0;
    const res = makeRes();
    try {
      await mod.unfurlHandler(makeReq({ query: { url } }), res);
      await withTimeout(res.done);
    } catch { /* refusing is fine */ }
    const internal = net.fetched.filter(isInternalUrl);
    assert.deepStrictEqual(internal, [], `internal address fetched: ${internal}`);
    assert.ok(!res.text.includes('INTERNAL-SECRET'));
  });
}
