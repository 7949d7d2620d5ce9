const express = require("express");
const escapeStringRegexp = require("escape-string-regexp");

const app = express();

// ruleid: js-regex-nested-quantifier
const EMAIL = /^([a-zA-Z0-9]+[._-]?)+@example\.com$/;

function isSlug(value) {
  // ruleid: js-regex-nested-quantifier
  return new RegExp("^(\\w+-?)*$").test(value);
}

function words(text) {
  // ruleid: js-regex-nested-quantifier
  return text.match(/(\s*\w+\s*)+\./g);
}

// ok: js-regex-nested-quantifier
const SAFE_EMAIL = /^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*@example\.com$/;

function isSlugSafe(value) {
  // ok: js-regex-nested-quantifier
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

app.get("/search", (req, res) => {
  // ruleid: js-regex-from-input
  const matcher = new RegExp(req.query.q, "i");
  res.json(products.filter((p) => matcher.test(p.name)));
});

app.post("/filter", (req, res) => {
  const { pattern } = req.body;
  // ruleid: js-regex-from-input
  const re = RegExp(`^${pattern}`);
  res.json(users.filter((u) => re.test(u.email)));
});

app.get("/safe/search", (req, res) => {
  const term = req.query.q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // ok: js-regex-from-input
  const matcher = new RegExp(term, "i");
  res.json(products.filter((p) => matcher.test(p.name)));
});

app.get("/safe/prefix", (req, res) => {
  // ok: js-regex-from-input
  const re = new RegExp("^" + escapeStringRegexp(req.query.prefix));
  res.json(users.filter((u) => re.test(u.name)));
});

function searchLines(lines, query, limit = 100) {
  const matcher = new RegExp(query, "i");
  return lines.filter((line) => matcher.test(line)).slice(0, limit);
}

function findLines(lines, query) {
  const needle = String(query).toLowerCase();
  return lines.filter((line) => line.toLowerCase().includes(needle));
}

app.get("/logs/search", async (req, res) => {
  const query = typeof req.query.q === "string" ? req.query.q.trim() : "";
  // ruleid: js-regex-from-input
  const matches = searchLines(await loadLines(), query);
  // ok: js-regex-from-input
  const plain = findLines(await loadLines(), query);
  // ok: js-regex-from-input
  const first = searchLines([query], "^ERROR");
  res.json({ matches, plain, first });
});

module.exports = { app, EMAIL, isSlug, words, SAFE_EMAIL, isSlugSafe };
