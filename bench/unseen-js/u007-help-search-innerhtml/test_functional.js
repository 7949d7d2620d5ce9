'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, fakeDocument } = require('_testkit');

const ARTICLES = [
  { slug: 'update-card', title: 'Update your billing card', section: 'billing' },
  { slug: 'refunds', title: 'How refunds work', section: 'billing' },
  { slug: 'reset-password', title: 'Reset your password', section: 'account' },
  { slug: 'q-and-a', title: 'Q&A sessions', section: 'events' },
];

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

function page(search) {
  const doc = fakeDocument();
  globalThis.document = doc;
  const summaryEl = doc.createElement('div');
  const listEl = doc.createElement('ul');
  const out = mod.mountHelpSearch({ doc, location: { search }, summaryEl, listEl, articles: ARTICLES });
  return { out, summaryEl, listEl };
}

test('summary and results for a section search', () => {
  const { out, summaryEl, listEl } = page('?q=billing');
  assert.deepEqual(out, { query: 'billing', count: 2 });
  assert.equal(summaryEl.innerHTML, '<p class="summary">2 articles for <strong>billing</strong></p>');
  assert.equal(summaryEl.textContent, '2 articles for billing');
  assert.equal(listEl.innerHTML,
    '<li><a href="/help/update-card">Update your billing card</a></li><li><a href="/help/refunds">How refunds work</a></li>');
});

test('singular wording and title substring match', () => {
  const { summaryEl, listEl } = page('?q=Password');
  assert.equal(summaryEl.innerHTML, '<p class="summary">1 article for <strong>Password</strong></p>');
  assert.equal(listEl.children.length, 1);
});

test('no matches', () => {
  const { out, summaryEl, listEl } = page('?q=shipping+times');
  assert.equal(out.count, 0);
  assert.equal(summaryEl.textContent, '0 articles for shipping times');
  assert.equal(listEl.innerHTML, '');
});

test('empty or missing query shows the hint', () => {
  for (const search of ['', '?q=', '?q=%20%20', '?lang=en']) {
    const { out, summaryEl } = page(search);
    assert.equal(out.count, 0);
    assert.equal(summaryEl.innerHTML, '<p class="hint">Type a question to search the help center.</p>');
  }
});

test('query text with ampersands is shown as typed', () => {
  const { summaryEl, listEl } = page('?q=Q%26A');
  assert.equal(summaryEl.textContent, '1 article for Q&A');
  assert.equal(listEl.textContent, 'Q&A sessions');
});

test('helpers', () => {
  assert.equal(mod.readQuery('?q=+reset%20password+&x=1'), 'reset password');
  assert.deepEqual(mod.findArticles(ARTICLES, 'ACCOUNT').map((a) => a.slug), ['reset-password']);
});
