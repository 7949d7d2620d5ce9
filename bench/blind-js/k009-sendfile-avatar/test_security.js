'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadModule, tmpDir, mockReq, invoke } = require('_testkit');

const load = () => loadModule(__dirname, 'app.mjs');
const SECRET = 'PRIVATE KEY 5f3c9a';

async function fetch(file) {
  const mod = await load();
  const root = tmpDir('k009-sec-');
  const dir = path.join(root, 'avatars');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'u42.png'), 'PNG');
  fs.writeFileSync(path.join(root, 'server-key.txt'), SECRET);
  const name = typeof file === 'function' ? file(root) : file;
  const { res } = await invoke(mod.createAvatarHandler(dir), mockReq({ params: { file: name } }));
  return String(res.body || '');
}

test('../ does not leave the avatar folder', async () => {
  assert.ok(!(await fetch('../server-key.txt')).includes(SECRET));
});

test('percent-encoded ../ does not leave the avatar folder', async () => {
  assert.ok(!(await fetch('..%2Fserver-key.txt')).includes(SECRET));
});

test('an absolute path is not served', async () => {
  assert.ok(!(await fetch((root) => encodeURIComponent(path.join(root, 'server-key.txt')))).includes(SECRET));
});
