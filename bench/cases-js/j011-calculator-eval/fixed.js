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
 * Splits an expression into number, operator and parenthesis tokens.
 * @param {string} expression
 * @returns {string[]}
 */
function tokenize(expression) {
  const tokens = [];
  const re = /\s*(\d+(?:\.\d+)?|\.\d+|[-+*\/%()])/y;
  let pos = 0;
  while (pos < expression.length) {
    if (/^\s*$/.test(expression.slice(pos))) break;
    re.lastIndex = pos;
    const match = re.exec(expression);
    if (!match) throw new Error(`Unexpected character at position ${pos}`);
    tokens.push(match[1]);
    pos = re.lastIndex;
  }
  return tokens;
}

/**
 * Recursive-descent parser for + - * / % with parentheses and unary minus/plus.
 * Only numbers and operators are accepted; nothing is executed as code.
 * @param {string[]} tokens
 * @returns {number}
 */
function parseArithmetic(tokens) {
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  function expr() {
    let value = term();
    while (peek() === '+' || peek() === '-') {
      value = next() === '+' ? value + term() : value - term();
    }
    return value;
  }
  function term() {
    let value = factor();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = next();
      const rhs = factor();
      value = op === '*' ? value * rhs : op === '/' ? value / rhs : value % rhs;
    }
    return value;
  }
  function factor() {
    const tok = next();
    if (tok === '-') return -factor();
    if (tok === '+') return +factor();
    if (tok === '(') {
      const value = expr();
      if (next() !== ')') throw new Error('Missing closing parenthesis');
      return value;
    }
    if (tok !== undefined && /^(\d|\.\d)/.test(tok)) return Number(tok);
    throw new Error('Unexpected token');
  }
  const result = expr();
  if (i !== tokens.length) throw new Error('Unexpected trailing input');
  return result;
}

/**
 * Evaluates an arithmetic expression.
 * @param {string} expression e.g. "2 * (3 + 4)"
 * @returns {number}
 */
function evaluateExpression(expression) {
  const result = parseArithmetic(tokenize(String(expression)));
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
