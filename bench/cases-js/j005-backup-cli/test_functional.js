'use strict';
const { test, beforeEach, after } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { installFakeChildProcess } = require('../testkit');

const fake = installFakeChildProcess(() => ({}));
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'j005-'));
const data = path.join(tmp, 'project-data');
const outDir = path.join(tmp, 'backups');
fs.mkdirSync(data);
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => fake.reset());

test('createBackup runs tar on the directory and returns the archive path', () => {
  const out = mod.createBackup(data, outDir);
  assert.strictEqual(path.dirname(out), outDir);
  assert.match(path.basename(out), /^project-data-\d{8}-\d{6}\.tar\.gz$/);
  assert.ok(fs.existsSync(outDir), 'output directory is created');
  assert.strictEqual(fake.calls.length, 1);
  const cmd = fake.calls[0].text;
  assert.match(cmd, /\btar\b/);
  assert.ok(cmd.includes(data), 'directory is passed to tar');
  assert.ok(cmd.includes(path.basename(out)), 'archive name is passed to tar');
});

test('timestamp format', () => {
  assert.strictEqual(mod.timestamp(new Date('2024-03-01T15:30:00Z')), '20240301-153000');
});

test('main without arguments sets exit code 2', (t) => {
  t.mock.method(console, 'error', () => {});
  mod.main([]);
  assert.strictEqual(process.exitCode, 2);
  process.exitCode = 0;
});
