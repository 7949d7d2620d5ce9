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
 * Evaluate the area expression in square metres.
 * @param {string|number} expression
 * @returns {number}
 */
function evaluateArea(expression) {
  const value = eval(String(expression));
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
