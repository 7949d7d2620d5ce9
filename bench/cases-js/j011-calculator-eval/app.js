'use strict';
/**
 * Calculator API for the pricing tool: POST /api/calculate { "expression": "(12.5 + 7) * 3" }
 */
const express = require('../stubs/express');

const MAX_EXPRESSION_LENGTH = 200;

/**
 * Rounds to at most 10 decimal places to hide floating point noise.
 * @param {number} value
 */
function roundResult(value) {
  return Math.round(value * 1e10) / 1e10;
}

/**
 * Evaluates an arithmetic expression.
 * @param {string} expression e.g. "2 * (3 + 4)"
 * @returns {number}
 */
function evaluateExpression(expression) {
  const result = eval(expression);
  if (typeof result !== 'number' || !Number.isFinite(result)) {
    throw new Error('Expression did not produce a finite number');
  }
  return roundResult(result);
}

/**
 * Express handler: evaluates the posted expression.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
function calculate(req, res) {
  const { expression } = req.body || {};
  if (typeof expression !== 'string' || !expression.trim() || expression.length > MAX_EXPRESSION_LENGTH) {
    return res.status(400).json({ error: 'expression must be a non-empty string' });
  }
  try {
    const result = evaluateExpression(expression);
    return res.json({ expression, result });
  } catch (err) {
    return res.status(400).json({ error: 'Invalid expression' });
  }
}

const app = express();
app.use(express.json());
app.post('/api/calculate', calculate);

module.exports = { app, calculate, evaluateExpression };
