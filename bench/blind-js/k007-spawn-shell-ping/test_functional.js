'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, fakeBin, prependPath, mockReq, invoke } = require('_testkit');

// A stand-in `ping` on PATH: logs argv; "down.example" is unreachable.
const bin = tmpDir('k007-bin-');
fakeBin(bin, 'ping', [
  'printf "%s\\n" "$@" >> "$FAKE_PING_LOG"',
  'for a in "$@"; do host="$a"; done',
  'echo "PING $host: 56 data bytes"',
  '[ "$host" = "down.example" ] && exit 2',
  'echo "64 bytes from $host: icmp_seq=0 ttl=57 time=1.2 ms"',
  'exit 0',
].join('\n'));
prependPath(bin);
const work = tmpDir('k007-');
process.env.FAKE_PING_LOG = path.join(work, 'ping.log');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('pingHost runs ping with count and host', async () => {
  fs.writeFileSync(process.env.FAKE_PING_LOG, '');
  const result = await mod.pingHost('example.com', 2);
  assert.equal(result.code, 0);
  assert.match(result.output, /64 bytes from example\.com/);
  const args = fs.readFileSync(process.env.FAKE_PING_LOG, 'utf8').split('\n');
  assert.ok(args.includes('example.com'));
  assert.ok(args.includes('2'));
});

test('handler reports a reachable host', async () => {
  const { res } = await invoke(mod.pingHandler, mockReq({ query: { host: '10.1.2.3', count: '1' } }));
  assert.equal(res.statusCode, 200);
  assert.equal(res.jsonBody.reachable, true);
  assert.equal(res.jsonBody.host, '10.1.2.3');
});

test('handler reports an unreachable host', async () => {
  const { res } = await invoke(mod.pingHandler, mockReq({ query: { host: 'down.example' } }));
  assert.equal(res.statusCode, 200);
  assert.equal(res.jsonBody.reachable, false);
});

test('handler requires a host', async () => {
  const { res } = await invoke(mod.pingHandler, mockReq({ query: {} }));
  assert.equal(res.statusCode, 400);
});
