'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, fakeDocument } = require('_testkit');

const document = fakeDocument();
globalThis.document = document;

const load = () => loadModule(__dirname, 'app.mjs');

const COMMENTS = [
  { id: 1, author: 'Ann', body: 'Nice post', createdAt: '2024-05-01T08:30:00Z' },
  { id: 2, author: 'Bo', body: 'Thanks for sharing', createdAt: '2024-05-02T09:00:00Z' },
];

const count = (html, re) => (html.match(re) || []).length;

test('renderComments shows every author and body', async () => {
  const mod = await load();
  const el = document.createElement('section');
  assert.equal(mod.renderComments(el, COMMENTS), 2);
  const text = el.textContent;
  for (const c of COMMENTS) {
    assert.ok(text.includes(c.author), text);
    assert.ok(text.includes(c.body), text);
  }
  assert.ok(text.includes('2024-05-01'));
  assert.equal(count(el.innerHTML, /<article\b/g), 2);
  assert.equal(count(el.innerHTML, /class="comment"/g), 2);
});

test('rendering replaces earlier content', async () => {
  const mod = await load();
  const el = document.createElement('section');
  mod.renderComments(el, COMMENTS);
  mod.renderComments(el, COMMENTS.slice(0, 1));
  assert.equal(count(el.innerHTML, /<article\b/g), 1);
});

test('empty list shows the empty text', async () => {
  const mod = await load();
  const el = document.createElement('section');
  assert.equal(mod.renderComments(el, []), 0);
  assert.ok(el.textContent.includes('No comments yet.'));
  mod.renderComments(el, [], { emptyText: 'Be the first!' });
  assert.ok(el.textContent.includes('Be the first!'));
});

test('appendComment adds to the end', async () => {
  const mod = await load();
  const el = document.createElement('section');
  mod.renderComments(el, COMMENTS.slice(0, 1));
  mod.appendComment(el, COMMENTS[1]);
  assert.equal(count(el.innerHTML, /<article\b/g), 2);
  assert.ok(el.textContent.indexOf('Ann') < el.textContent.indexOf('Bo'));
});

test('formatDate tolerates bad input', async () => {
  const mod = await load();
  assert.equal(mod.formatDate('2024-05-01T23:00:00Z'), '2024-05-01');
  assert.equal(mod.formatDate('nope'), '');
});
