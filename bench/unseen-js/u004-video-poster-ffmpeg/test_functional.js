'use strict';
const { test, before, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadModule, tmpDir, fakeBin, prependPath, mockReq, invoke } = require('_testkit');

const bin = tmpDir('u004-bin-');
const log = path.join(bin, 'ffmpeg.log');
fakeBin(bin, 'ffmpeg', [
  `printf '%s|' "$@" >> "${log}"; echo >> "${log}"`,
  'for a; do last="$a"; case "$a" in *corrupt*) echo "Invalid data" >&2; exit 1;; esac; done',
  'printf JPEG > "$last"',
].join('\n'));
prependPath(bin);

let mod;
let uploads;
before(async () => {
  mod = await loadModule(__dirname, 'app.mjs');
  uploads = tmpDir('u004-up-');
});
beforeEach(() => fs.rmSync(log, { force: true }));

function upload(originalname) {
  const p = path.join(uploads, `upl_${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(p, 'fake video bytes');
  return { path: p, originalname };
}
const lastCall = () => fs.readFileSync(log, 'utf8').trim().split('\n').pop().split('|').slice(0, -1);

test('renders a poster named after the upload', async () => {
  const thumbDir = path.join(tmpDir('u004-th-'), 'posters');
  const file = upload('launch-demo.mp4');
  const out = await mod.createPoster(file, { thumbDir });
  assert.equal(out.poster, path.join(thumbDir, 'launch-demo.jpg'));
  assert.equal(out.source, file.path);
  assert.equal(fs.readFileSync(out.poster, 'utf8'), 'JPEG');
  const argv = lastCall();
  assert.deepEqual(argv.slice(argv.indexOf('-ss'), argv.indexOf('-ss') + 2), ['-ss', '1']);
  assert.deepEqual(argv.slice(argv.indexOf('-i'), argv.indexOf('-i') + 2), ['-i', file.path]);
  assert.ok(argv.includes('scale=320:-2'));
  assert.equal(argv[argv.length - 1], out.poster);
});

test('names with spaces, quotes-free punctuation and unicode work', async () => {
  const thumbDir = tmpDir('u004-th-');
  for (const name of ['Team offsite 2026.mov', 'Été (final cut).mkv', 'clip.v2.webm']) {
    const out = await mod.createPoster(upload(name), { thumbDir });
    assert.equal(path.basename(out.poster), `${path.parse(name).name}.jpg`);
    assert.ok(fs.existsSync(out.poster), name);
    assert.equal(lastCall().pop(), out.poster);
  }
});

test('seek time and width options are honoured', async () => {
  await mod.createPoster(upload('a.mp4'), { thumbDir: tmpDir('u004-th-'), atSecond: 12.5, width: 640 });
  const argv = lastCall();
  assert.equal(argv[argv.indexOf('-ss') + 1], '12.5');
  assert.ok(argv.includes('scale=640:-2'));
});

test('ffmpeg failure rejects', async () => {
  await assert.rejects(mod.createPoster(upload('corrupt.mp4'), { thumbDir: tmpDir('u004-th-') }));
});

test('handler: 201 with poster name, 400 without file, 422 on failure', async () => {
  process.env.THUMB_DIR = tmpDir('u004-env-');
  const fresh = await loadModule(__dirname, 'app.mjs', { fresh: true });
  let r = await invoke(fresh.posterHandler, mockReq({ file: upload('Quarterly review.mp4'), body: { at: '3' } }));
  assert.equal(r.res.statusCode, 201);
  assert.deepEqual(r.res.jsonBody, { poster: 'Quarterly review.jpg' });
  assert.equal(lastCall()[lastCall().indexOf('-ss') + 1], '3');
  assert.ok(fs.existsSync(path.join(process.env.THUMB_DIR, 'Quarterly review.jpg')));
  r = await invoke(fresh.posterHandler, mockReq({ body: {} }));
  assert.equal(r.res.statusCode, 400);
  r = await invoke(fresh.posterHandler, mockReq({ file: upload('corrupt.avi'), body: {} }));
  assert.equal(r.res.statusCode, 422);
});
