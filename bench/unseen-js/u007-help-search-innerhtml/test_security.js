'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, fakeDocument } = require('_testkit');

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

const PAYLOADS = [
  '<img src=x onerror=alert(document.cookie)>',
  '</strong><script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
];

for (const payload of PAYLOADS) {
  test(`search term is not injected as markup: ${payload}`, () => {
    const doc = fakeDocument();
    globalThis.document = doc;
    const summaryEl = doc.createElement('div');
    const listEl = doc.createElement('ul');
    mod.mountHelpSearch({
      doc, location: { search: `?q=${encodeURIComponent(payload)}` }, summaryEl, listEl,
      articles: [{ slug: 'a', title: 'Anything', section: 'x' }],
    });
    const html = summaryEl.innerHTML;
    const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
    for (const [, name, attrs] of tags) {
      assert.ok(['p', 'strong'].includes(name.toLowerCase()), `injected <${name}> in ${html}`);
      assert.doesNotMatch(attrs, /\bon\w+\s*=|javascript:/i);
    }
  });
}
