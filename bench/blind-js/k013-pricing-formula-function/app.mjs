/**
 * Pricing rules: merchants type formulas such as "price * qty - discount" in the
 * dashboard and we evaluate them for every cart line.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Compile a formula over the given variable names.
 * @param {string} formula
 * @param {string[]} variables names the formula may use
 * @returns {(values: Record<string, number>) => number}
 */
export function compileFormula(formula, variables) {
  for (const name of variables) {
    if (!IDENTIFIER.test(name)) throw new Error(`bad variable name: ${name}`);
  }
  const body = `"use strict"; return (${formula});`;
  const fn = new Function(...variables, body);
  return (values) => {
    const args = variables.map((name) => Number(values[name] ?? 0));
    const result = fn(...args);
    if (typeof result !== 'number' || Number.isNaN(result)) {
      throw new TypeError('formula did not produce a number');
    }
    return result;
  };
}

/**
 * Price one cart line with a merchant formula; rounds to cents.
 * @param {string} formula
 * @param {{ price: number, qty: number, discount?: number }} line
 */
export function priceLine(formula, line) {
  const evaluate = compileFormula(formula, ['price', 'qty', 'discount']);
  const total = evaluate({ price: line.price, qty: line.qty, discount: line.discount ?? 0 });
  return Math.round(total * 100) / 100;
}

/**
 * Price a whole cart.
 * @param {string} formula
 * @param {Array<{ price: number, qty: number, discount?: number }>} lines
 */
export function priceCart(formula, lines) {
  return lines.reduce((sum, line) => Math.round((sum + priceLine(formula, line)) * 100) / 100, 0);
}
