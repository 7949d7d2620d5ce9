'use strict';
const express = require('express');

/** In-memory profile store; the real app swaps in a database-backed one. */
class ProfileStore {
  constructor() {
    this.byHandle = new Map();
  }

  save(profile) {
    const record = { subjects: [], bio: '', headline: '', ...profile };
    this.byHandle.set(record.handle.toLowerCase(), record);
    return record;
  }

  get(handle) {
    return this.byHandle.get(String(handle || '').toLowerCase()) || null;
  }
}

const store = new ProfileStore();

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

function formatRate(cents) {
  return `$${(cents / 100).toFixed(2)}/hour`;
}

/** Render the public profile page of one tutor. */
function renderProfile(profile) {
  const subjects = profile.subjects
    .map((subject) => `<li class="subject">${escapeHtml(subject)}</li>`)
    .join('\n      ');

  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(profile.displayName)} | TutorHub</title>
  </head>
  <body>
    <h1>${escapeHtml(profile.displayName)}</h1>
    <p class="headline">${escapeHtml(profile.headline)}</p>
    <p class="rate">${formatRate(profile.hourlyRateCents)}</p>
    <ul class="subjects">
      ${subjects}
    </ul>
    <section class="bio">${escapeHtml(profile.bio)}</section>
  </body>
</html>`;
}

function profilePage(req, res) {
  const profile = store.get(req.params.handle);
  if (!profile) {
    return res.status(404).type('text/plain').send('Tutor not found');
  }
  return res.type('html').send(renderProfile(profile));
}

const router = express.Router();
router.get('/tutors/:handle', profilePage);

module.exports = { ProfileStore, store, renderProfile, profilePage, router };
