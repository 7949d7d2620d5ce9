'use strict';
const express = require('express');

const MAX_LENGTH = 200;

/**
 * Evaluate an arithmetic expression such as "2 * (3 + 4)".
 * @param {string} expression
 * @returns {number}
 */
function evaluateExpression(expression) {
  const source = String(expression).trim();
  if (!source || source.length > MAX_LENGTH) {
    throw new RangeError('expression is empty or too long');
  }
  const value = eval(source);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError('expression did not produce a finite number');
  }
  return value;
}

/**
 * POST /api/calculate  { "expression": "1 + 2" }  ->  { "result": 3 }
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
function calculateHandler(req, res) {
  const { expression } = req.body || {};
  if (typeof expression !== 'string') {
    return res.status(400).json({ error: 'expression must be a string' });
  }
  try {
    const result = evaluateExpression(expression);
    return res.json({ expression, result });
  } catch (err) {
    return res.status(400).json({ error: 'invalid expression' });
  }
}

const app = express();
app.use(express.json());
app.post('/api/calculate', calculateHandler);

module.exports = { app, evaluateExpression, calculateHandler };
