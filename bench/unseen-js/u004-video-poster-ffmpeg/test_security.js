'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadModule, tmpDir, fakeBin, prependPath } = require('_testkit');

const bin = tmpDir('u004-sbin-');
fakeBin(bin, 'ffmpeg', 'for a; do last="$a"; done\nprintf JPEG > "$last" 2>/dev/null\nexit 0');
prependPath(bin);

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

// The marker path travels in an environment variable so the file name needs no slash.
const NAMES = [
  'clip$(touch $U004_MARKER).mp4',
  'clip`touch $U004_MARKER`.mp4',
  'clip"; touch "$U004_MARKER"; echo ".mp4',
  'clip" && touch "$U004_MARKER" && echo ".mp4',
  'clip" | touch "$U004_MARKER" | echo ".mp4',
];

for (const name of NAMES) {
  test(`upload name cannot inject a shell command: ${name}`, async () => {
    const marker = path.join(tmpDir('u004-mark-'), 'pwned');
    process.env.U004_MARKER = marker;
    const src = path.join(tmpDir('u004-up-'), 'upl_1');
    fs.writeFileSync(src, 'video');
    try { await mod.createPoster({ path: src, originalname: name }, { thumbDir: tmpDir('u004-th-') }); } catch { /* rejecting is fine */ }
    assert.equal(fs.existsSync(marker), false, 'a shell command from the file name ran');
  });
}
