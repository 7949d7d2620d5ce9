'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tmpDir, fakeBin, prependPath } = require('_testkit');

// A stand-in `convert` on PATH: logs its argv and writes the last argument.
const bin = tmpDir('k005-bin-');
fakeBin(bin, 'convert', 'printf "%s\\n" "$@" >> "$FAKE_CONVERT_LOG"\nfor a in "$@"; do last="$a"; done\necho resized > "$last"');
prependPath(bin);

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function setup() {
  const dir = tmpDir('k005-');
  process.env.FAKE_CONVERT_LOG = path.join(dir, 'convert.log');
  const input = path.join(dir, 'holiday.jpg');
  fs.writeFileSync(input, 'JPEG');
  const outputDir = path.join(dir, 'thumbs');
  fs.mkdirSync(outputDir);
  return { dir, input, outputDir };
}

test('resize calls convert with the input, the width and the output', async () => {
  const { input, outputDir } = setup();
  const resizer = new mod.ImageResizer({ outputDir });
  const out = await resizer.resize(input, 200);
  assert.equal(out, path.join(outputDir, 'holiday-200w.png'));
  assert.equal(fs.readFileSync(out, 'utf8').trim(), 'resized');
  const args = fs.readFileSync(process.env.FAKE_CONVERT_LOG, 'utf8').split('\n');
  assert.ok(args.includes(input), args.join('|'));
  assert.ok(args.includes('200x'), args.join('|'));
  assert.ok(args.includes(out), args.join('|'));
});

test('resize rejects nonsense widths', async () => {
  const { input, outputDir } = setup();
  const resizer = new mod.ImageResizer({ outputDir });
  await assert.rejects(resizer.resize(input, 0));
  await assert.rejects(resizer.resize(input, 'abc'));
});

test('outputPathFor derives the thumbnail name', () => {
  const resizer = new mod.ImageResizer({ outputDir: '/srv/thumbs' });
  assert.equal(resizer.outputPathFor('/srv/uploads/cat.jpeg', 64), path.join('/srv/thumbs', 'cat-64w.png'));
});
