'use strict';
/**
 * Paint estimator API.
 *
 * POST /estimate  { "area": "3.5*2.4 + 4*2.4 - 0.9*2", "coats": 2, "finish": "matte" }
 * Customers can type the wall area as a small arithmetic expression (width * height, minus doors).
 */
const express = require('express');

const FINISHES = {
  matte: { coverage: 12, pricePerLitre: 8.5 },
  satin: { coverage: 11, pricePerLitre: 10.25 },
  gloss: { coverage: 10, pricePerLitre: 12.0 },
};

/**
 * Evaluate + - * / and parentheses over decimal numbers; anything else is a SyntaxError.
 * @param {string} text
 */
function parseArithmetic(text) {
  const tokens = text.match(/\d+(?:\.\d+)?|\.\d+|[-+*/()]|\S/g) || [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];
  function primary() {
    const tok = take();
    if (tok === '(') {
      const v = sum();
      if (take() !== ')') throw new SyntaxError('missing )');
      return v;
    }
    if (tok === '-') return -primary();
    if (tok === '+') return primary();
    if (tok !== undefined && /^(\d|\.\d)/.test(tok)) return Number(tok);
    throw new SyntaxError(`unexpected token ${tok}`);
  }
  function product() {
    let v = primary();
    while (peek() === '*' || peek() === '/') v = take() === '*' ? v * primary() : v / primary();
    return v;
  }
  function sum() {
    let v = product();
    while (peek() === '+' || peek() === '-') v = take() === '+' ? v + product() : v - product();
    return v;
  }
  const result = sum();
  if (pos !== tokens.length) throw new SyntaxError('unexpected trailing input');
  return result;
}

/**
 * Evaluate the area expression in square metres.
 * @param {string|number} expression
 * @returns {number}
 */
function evaluateArea(expression) {
  const value = parseArithmetic(String(expression));
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError('area must be a positive number');
  }
  return value;
}

const round = (n, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

function estimate(req, res) {
  const { area, coats = 2, finish = 'matte' } = req.body || {};
  const spec = FINISHES[finish];
  if (!spec) {
    return res.status(400).json({ error: `unknown finish "${finish}"` });
  }
  const coatCount = Number(coats);
  if (!Number.isInteger(coatCount) || coatCount < 1 || coatCount > 5) {
    return res.status(400).json({ error: 'coats must be between 1 and 5' });
  }

  let squareMetres;
  try {
    squareMetres = evaluateArea(area);
  } catch (err) {
    return res.status(400).json({ error: 'invalid area expression' });
  }

  const litres = Math.ceil(((squareMetres * coatCount) / spec.coverage) * 10) / 10;
  return res.json({
    area: round(squareMetres),
    litres,
    cost: round(litres * spec.pricePerLitre),
  });
}

const router = express.Router();
router.post('/estimate', express.json(), estimate);

module.exports = { evaluateArea, estimate, router, FINISHES };
