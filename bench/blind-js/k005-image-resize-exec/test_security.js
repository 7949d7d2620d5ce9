'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, fakeBin, prependPath } = require('_testkit');

const bin = tmpDir('k005-bin-');
fakeBin(bin, 'convert', 'for a in "$@"; do last="$a"; done\necho resized > "$last" 2>/dev/null\nexit 0');
prependPath(bin);

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

async function attempt(makeName) {
  const dir = tmpDir('k005-sec-');
  const marker = path.join(dir, 'PWNED');
  const outputDir = path.join(dir, 'thumbs');
  fs.mkdirSync(outputDir);
  process.chdir(dir); // relative marker names keep "/" out of the payload
  const input = makeName(dir, marker);
  const resizer = new mod.ImageResizer({ outputDir });
  try { await resizer.resize(input, 100); } catch { /* refusing the name is fine */ }
  return fs.existsSync(marker);
}

test('a ; in the file name does not run a second command', async () => {
  const ran = await attempt((dir, marker) => `${dir}/a.png; touch ${marker} #`);
  assert.equal(ran, false, 'shell ran the injected touch');
});

test('$(...) in the file name is not expanded', async () => {
  const ran = await attempt((dir, marker) => `${dir}/a$(touch PWNED).png`);
  assert.equal(ran, false, 'shell expanded the command substitution');
});

test('backticks in the file name are not expanded', async () => {
  const ran = await attempt((dir, marker) => `${dir}/b\`touch PWNED\`.png`);
  assert.equal(ran, false, 'shell expanded the backticks');
});
