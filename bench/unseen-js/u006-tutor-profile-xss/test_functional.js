'use strict';
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#0?39;|&#x27;|&apos;/g, "'").replace(/&amp;/g, '&');
// Text content of the first element matching `tag` (with optional class), entities decoded.
function textOf(html, tag, cls) {
  const re = new RegExp(`<${tag}${cls ? `[^>]*class="${cls}"` : '[^>]*'}>([\\s\\S]*?)</${tag}>`);
  const m = re.exec(html);
  return m ? decode(m[1].replace(/<[^>]*>/g, '')).trim() : null;
}

before(() => {
  mod.store.save({
    handle: 'ana-souza',
    displayName: 'Ana Souza',
    headline: 'Calculus tutor, 8 years experience',
    subjects: ['Calculus', 'Linear Algebra', 'Maths & Physics'],
    hourlyRateCents: 4550,
    bio: "I'm a former TA who loves helping students get unstuck.",
  });
  mod.store.save({ handle: 'Ben', displayName: 'Ben Okafor', hourlyRateCents: 3000 });
});

const page = (handle) => invoke(mod.profilePage, mockReq({ params: { handle } }));

test('renders the profile page', async () => {
  const { res } = await page('ana-souza');
  assert.equal(res.statusCode, 200);
  assert.match(res.get('content-type'), /html/);
  const html = res.body;
  assert.match(html, /^<!doctype html>/);
  assert.equal(textOf(html, 'title'), 'Ana Souza | TutorHub');
  assert.equal(textOf(html, 'h1'), 'Ana Souza');
  assert.equal(textOf(html, 'p', 'headline'), 'Calculus tutor, 8 years experience');
  assert.equal(textOf(html, 'p', 'rate'), '$45.50/hour');
  assert.equal(textOf(html, 'section', 'bio'), "I'm a former TA who loves helping students get unstuck.");
  const subjects = [...html.matchAll(/<li class="subject">([^<]*)<\/li>/g)].map((m) => decode(m[1]));
  assert.deepEqual(subjects, ['Calculus', 'Linear Algebra', 'Maths & Physics']);
});

test('handles are case-insensitive and defaults fill missing fields', async () => {
  const { res } = await page('ben');
  assert.equal(res.statusCode, 200);
  assert.equal(textOf(res.body, 'h1'), 'Ben Okafor');
  assert.equal(textOf(res.body, 'p', 'rate'), '$30.00/hour');
  assert.equal(textOf(res.body, 'section', 'bio'), '');
  assert.equal([...res.body.matchAll(/<li class="subject">/g)].length, 0);
});

test('unknown tutor gives 404', async () => {
  const { res } = await page('nobody');
  assert.equal(res.statusCode, 404);
  assert.equal(res.body, 'Tutor not found');
});

test('renderProfile is usable on its own', () => {
  const html = mod.renderProfile({ displayName: 'Cai Lun', headline: 'Chemistry', subjects: ['Chemistry'], hourlyRateCents: 999, bio: 'Hi' });
  assert.equal(textOf(html, 'h1'), 'Cai Lun');
  assert.equal(textOf(html, 'p', 'rate'), '$9.99/hour');
  assert.ok(new mod.ProfileStore().get('x') === null);
});
