'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

process.env.NOTES_ENCRYPTION_KEY = '00112233445566778899aabbccddeeff';
const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

test('round trip', () => {
  const note = 'Customer prefers phone calls after 5pm. Ümlaut ✓';
  const stored = mod.encryptNote(note);
  assert.strictEqual(typeof stored, 'string');
  assert.ok(!stored.includes('phone'));
  assert.strictEqual(mod.decryptNote(stored), note);
});

test('empty note', () => {
  assert.strictEqual(mod.decryptNote(mod.encryptNote('')), '');
});

test('repository keeps notes encrypted', () => {
  const repo = new mod.NotesRepository();
  repo.save(42, 'VIP, do not upsell');
  assert.ok(!String(repo.rows.get(42)).includes('VIP'));
  assert.strictEqual(repo.read(42), 'VIP, do not upsell');
  assert.strictEqual(repo.read(43), null);
});

test('a wrong key is rejected at load', () => {
  const saved = process.env.NOTES_ENCRYPTION_KEY;
  process.env.NOTES_ENCRYPTION_KEY = 'abcd';
  try {
    assert.throws(() => mod.encryptNote('x'));
  } finally {
    process.env.NOTES_ENCRYPTION_KEY = saved;
  }
});
