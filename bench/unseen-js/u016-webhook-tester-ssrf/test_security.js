'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, mockReq, invoke, stubDns } = require('_testkit');

stubDns({
  localhost: '127.0.0.1',
  'metadata.google.internal': '169.254.169.254',
  'db.corp.internal': '10.20.0.5',
  'rebind.attacker.example': '192.168.1.1',
  'v6.attacker.example': '::1',
});

const fetched = [];
globalThis.fetch = async (input) => {
  fetched.push(String(input));
  return new Response('{"AccessKeyId":"ASIA-SECRET"}', { status: 200 });
};

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

const INTERNAL = [
  'http://127.0.0.1:8080/admin',
  'http://localhost:6379/',
  'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://10.20.0.5/',
  'http://db.corp.internal:5432/',
  'http://rebind.attacker.example/',
  'http://[::1]:3000/',
  'http://v6.attacker.example/',
  'http://0x7f000001/',
  'http://[::ffff:127.0.0.1]/',
  'http://172.16.4.4/',
  'http://0.0.0.0:9200/',
];

for (const url of INTERNAL) {
  test(`does not deliver to internal address ${url}`, async () => {
    fetched.length = 0;
    const { res } = await invoke(mod.sendTestEvent, mockReq({ method: 'POST', body: { url } }));
    assert.deepEqual(fetched, [], `fetched ${fetched[0]}`);
    assert.ok(!String(res.body).includes('ASIA-SECRET'));
  });
}
