'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeReq, makeRes, withTimeout } = require('../testkit');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'j030s-'));
process.env.UPLOAD_DIR = path.join(base, 'public', 'uploads');
after(() => fs.rmSync(base, { recursive: true, force: true }));

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function fileObject(originalname, content, mimetype = 'application/octet-stream') {
  const buffer = Buffer.from(content);
  return { fieldname: 'file', originalname, encoding: '7bit', mimetype, buffer, size: buffer.length };
}

async function upload(file) {
  const res = makeRes();
  try {
    await mod.uploadAttachment(makeReq({ method: 'POST', file }), res);
    await withTimeout(res.done);
  } catch { /* refusing is fine */ }
  return res;
}

/** All files below `dir`, as paths relative to `base`. */
function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [path.relative(base, p)];
  });
}

test('the client file name cannot place a file outside the upload folder', async () => {
  await upload(fileObject('../../server.js', 'require("child_process").exec("id")', 'application/javascript'));
  await upload(fileObject('../evil.txt', 'x', 'text/plain'));
  const outside = listFiles(base).filter((p) => !p.startsWith(path.join('public', 'uploads') + path.sep));
  assert.deepStrictEqual(outside, [], 'file written outside the upload folder');
});

test('HTML / script / SVG uploads are not stored as servable active content', async () => {
  for (const name of ['ticket.html', 'x.htm', 'logo.svg', 'app.js', 'shell.php', 'page.xhtml']) {
    const res = await upload(fileObject(name, '<script>alert(document.cookie)</script>', 'text/html'));
    if (res.statusCode >= 200 && res.statusCode < 300) {
      const stored = res.data && res.data.name ? String(res.data.name) : '';
      assert.ok(!/\.(x?html?|svg|js|mjs|php\d?|phtml)$/i.test(stored), `${name} stored as ${stored}`);
    }
  }
  const active = listFiles(process.env.UPLOAD_DIR).filter((p) => /\.(x?html?|svg|js|mjs|php\d?|phtml)$/i.test(p));
  assert.deepStrictEqual(active, [], 'active content stored in the public upload folder');
});
