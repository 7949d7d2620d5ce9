'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

function attempt(script, input = { order: { id: 1 } }) {
  try { mod.runRule(script, input); } catch { /* a blocked rule may throw */ }
}

test('a rule cannot reach the host process through the context global', () => {
  delete process.env.J013_ESCAPE_A;
  attempt("const p = this.constructor.constructor('return process')(); p.env.J013_ESCAPE_A = 'yes'; result = 1;");
  assert.strictEqual(process.env.J013_ESCAPE_A, undefined, 'rule escaped the sandbox via this.constructor');
});

test('a rule cannot reach the host process through the input object', () => {
  delete process.env.J013_ESCAPE_B;
  attempt("const p = input.constructor.constructor('return process')(); p.env.J013_ESCAPE_B = 'yes';");
  assert.strictEqual(process.env.J013_ESCAPE_B, undefined, 'rule escaped the sandbox via input.constructor');
});

test('a rule cannot reach the host process through nested input values', () => {
  delete process.env.J013_ESCAPE_C;
  attempt("const p = input.order.constructor.constructor('return process')(); p.env.J013_ESCAPE_C = 'yes';");
  assert.strictEqual(process.env.J013_ESCAPE_C, undefined, 'rule escaped the sandbox via nested input');
});
