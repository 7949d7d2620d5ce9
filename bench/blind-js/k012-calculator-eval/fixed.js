'use strict';
const express = require('express');

const MAX_LENGTH = 200;

/** Split an arithmetic expression into number / operator / parenthesis tokens. */
function tokenize(source) {
  const tokens = source.match(/\d+(?:\.\d+)?|\.\d+|[-+*/%()]|\S/g) || [];
  for (const t of tokens) {
    if (!/^(?:\d+(?:\.\d+)?|\.\d+|[-+*/%()])$/.test(t)) throw new SyntaxError(`unexpected token ${t}`);
  }
  return tokens;
}

/**
 * Evaluate an arithmetic expression such as "2 * (3 + 4)" with a small recursive-descent
 * parser: numbers, + - * / %, unary minus and parentheses. Nothing is executed as code.
 * @param {string} expression
 * @returns {number}
 */
function evaluateExpression(expression) {
  const source = String(expression).trim();
  if (!source || source.length > MAX_LENGTH) {
    throw new RangeError('expression is empty or too long');
  }
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];
  const primary = () => {
    const t = take();
    if (t === '(') { const v = sum(); if (take() !== ')') throw new SyntaxError('missing )'); return v; }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t !== undefined && /^[\d.]/.test(t)) return Number(t);
    throw new SyntaxError('unexpected end of expression');
  };
  const product = () => {
    let v = primary();
    while (['*', '/', '%'].includes(peek())) {
      const op = take(); const r = primary();
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  };
  const sum = () => {
    let v = product();
    while (peek() === '+' || peek() === '-') { v = take() === '+' ? v + product() : v - product(); }
    return v;
  };
  const value = sum();
  if (pos !== tokens.length) throw new SyntaxError('unexpected trailing input');
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
