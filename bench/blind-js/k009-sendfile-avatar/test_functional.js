'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadModule, tmpDir, mockReq, invoke } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');

function setup() {
  const dir = path.join(tmpDir('k009-'), 'avatars');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'u42.png'), 'PNG-u42');
  fs.writeFileSync(path.join(dir, 'jane doe.png'), 'PNG-jane');
  return dir;
}

test('serves an existing avatar with a cache header', async () => {
  const mod = await load();
  const { res } = await invoke(mod.createAvatarHandler(setup()), mockReq({ params: { file: 'u42.png' } }));
  assert.equal(res.statusCode, 200);
  assert.equal(res.body, 'PNG-u42');
  assert.match(String(res.get('cache-control')), /max-age=86400/);
});

test('percent-encoded names are decoded', async () => {
  const mod = await load();
  const { res } = await invoke(mod.createAvatarHandler(setup()), mockReq({ params: { file: 'jane%20doe.png' } }));
  assert.equal(res.body, 'PNG-jane');
});

test('unknown avatars answer 404', async () => {
  const mod = await load();
  const { res, nextCalled } = await invoke(mod.createAvatarHandler(setup()), mockReq({ params: { file: 'nobody.png' } }));
  assert.equal(nextCalled, false);
  assert.equal(res.statusCode, 404);
});

test('avatarRouter mounts the route', async () => {
  const mod = await load();
  const router = mod.avatarRouter(setup());
  assert.ok(router.stack.some((r) => r.method === 'get' && r.path.startsWith('/avatars')));
});
