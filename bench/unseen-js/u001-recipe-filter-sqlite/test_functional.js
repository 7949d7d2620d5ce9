'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const sqlite3 = require('sqlite3');
const { mockReq, invoke } = require('_testkit');

const app = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const RECIPES = [
  { id: 1, title: 'Pad Thai', cuisine: 'thai', prep_minutes: 30, avg_rating: 4.5 },
  { id: 2, title: 'Green Curry', cuisine: 'thai', prep_minutes: 45, avg_rating: 4.8 },
  { id: 3, title: 'Carbonara', cuisine: 'italian', prep_minutes: 25, avg_rating: 4.6 },
];

// Which cuisine did the statement ask for: a bound parameter or a quoted literal.
function requestedCuisine(sql, params) {
  const bound = Array.isArray(params) ? params : Object.values(params || {});
  const str = bound.find((p) => typeof p === 'string');
  if (str !== undefined) return str;
  const m = /cuisine\s*=\s*'([^']*)'/i.exec(sql);
  return m ? m[1] : null;
}

beforeEach(() => {
  sqlite3.__reset();
  sqlite3.__setHandler((sql, params) => {
    const cuisine = requestedCuisine(sql, params);
    return cuisine === null ? RECIPES : RECIPES.filter((r) => r.cuisine === cuisine);
  });
});

const list = (query) => invoke(app.listRecipes, mockReq({ query }));

test('filters by cuisine and maps rows to DTOs', async () => {
  const { res } = await list({ cuisine: 'thai' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.jsonBody.count, 2);
  assert.deepEqual(res.jsonBody.recipes[0], { id: 1, title: 'Pad Thai', cuisine: 'thai', prepMinutes: 30, rating: 4.5 });
  assert.equal(sqlite3.__calls.length, 1);
  assert.match(sqlite3.__calls[0].sql, /FROM recipes/i);
  assert.match(sqlite3.__calls[0].sql, /WHERE\s+cuisine\s*=/i);
});

test('no filter returns everything without a WHERE clause', async () => {
  const { res } = await list({});
  assert.equal(res.jsonBody.count, 3);
  assert.doesNotMatch(sqlite3.__calls[0].sql, /WHERE/i);
  assert.match(sqlite3.__calls[0].sql, /ORDER BY title ASC/i);
  assert.match(sqlite3.__calls[0].sql, /LIMIT 50/i);
});

test('sort and order map to whitelisted columns', async () => {
  await list({ cuisine: 'italian', sort: 'time', order: 'desc' });
  assert.match(sqlite3.__calls[0].sql, /ORDER BY prep_minutes DESC/i);
  await list({ sort: 'rating' });
  assert.match(sqlite3.__calls[1].sql, /ORDER BY avg_rating ASC/i);
  await list({ sort: 'bogus', order: 'sideways' });
  assert.match(sqlite3.__calls[2].sql, /ORDER BY title ASC/i);
});

test('cuisine with no matches gives an empty list', async () => {
  const { res } = await list({ cuisine: 'french' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.jsonBody, { count: 0, recipes: [] });
});

test('database errors become a 500', async () => {
  sqlite3.__setHandler(() => { throw new Error('SQLITE_BUSY'); });
  const { res } = await list({ cuisine: 'thai' });
  assert.equal(res.statusCode, 500);
  assert.equal(res.jsonBody.error, 'Could not load recipes');
});

test('router exposes GET /recipes', () => {
  const route = app.router.stack.find((r) => r.path === '/recipes');
  assert.ok(route);
  assert.equal(route.method, 'get');
});
