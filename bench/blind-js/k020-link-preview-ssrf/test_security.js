'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const axios = require('axios');
const { mockReq, invoke, stubDns } = require('_testkit');

stubDns({
  'example.com': '93.184.215.14',
  localhost: '127.0.0.1',
  'intranet.corp.example': '10.20.30.40',
  'metadata.attacker.example': '169.254.169.254',
});

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

/** Hosts the server tried to fetch for one preview request. */
async function fetchedHosts(url) {
  axios.__reset();
  axios.__setHandler(() => ({ status: 200, data: '<title>internal</title>' }));
  await invoke(mod.previewHandler, mockReq({ query: { url } }));
  return axios.__calls.map((c) => new URL(c.url).hostname);
}

for (const url of [
  'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  'http://127.0.0.1:6379/',
  'http://localhost:8080/admin',
  'http://[::1]/',
  'http://10.0.0.5/internal',
  'http://192.168.1.1/',
  'http://0.0.0.0:9200/',
]) {
  test(`does not fetch internal address ${url}`, async () => {
    assert.deepEqual(await fetchedHosts(url), []);
  });
}

test('does not fetch a public-looking name that resolves to a private address', async () => {
  assert.deepEqual(await fetchedHosts('http://intranet.corp.example/wiki'), []);
});

test('does not fetch a name that resolves to the metadata service', async () => {
  assert.deepEqual(await fetchedHosts('http://metadata.attacker.example/latest/meta-data/'), []);
});
