/**
 * Pricing rules: merchants type formulas such as "price * qty - discount" in the
 * dashboard and we evaluate them for every cart line.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TOKEN = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()]))/y;

/** Tokenise a formula: numbers, identifiers, arithmetic operators and parentheses only. */
function tokenize(formula) {
  const src = String(formula);
  const tokens = [];
  TOKEN.lastIndex = 0;
  let m;
  while (TOKEN.lastIndex < src.length && (m = TOKEN.exec(src))) {
    if (m[1] !== undefined) tokens.push({ type: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ type: 'var', value: m[2] });
    else tokens.push({ type: 'op', value: m[3] });
  }
  if (src.slice(TOKEN.lastIndex).trim() !== '' || !m) throw new SyntaxError('formula contains unsupported characters');
  return tokens;
}

/**
 * Compile a formula over the given variable names into a small AST evaluator.
 * No JavaScript is generated or executed.
 * @param {string} formula
 * @param {string[]} variables names the formula may use
 * @returns {(values: Record<string, number>) => number}
 */
export function compileFormula(formula, variables) {
  for (const name of variables) {
    if (!IDENTIFIER.test(name)) throw new Error(`bad variable name: ${name}`);
  }
  const tokens = tokenize(formula);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v) => peek() && peek().type === 'op' && peek().value === v;
  const primary = () => {
    const t = tokens[pos++];
    if (!t) throw new SyntaxError('unexpected end of formula');
    if (t.type === 'num') return () => t.value;
    if (t.type === 'var') {
      if (!variables.includes(t.value)) throw new ReferenceError(`${t.value} is not defined`);
      return (vals) => vals[t.value];
    }
    if (t.value === '-') { const inner = primary(); return (vals) => -inner(vals); }
    if (t.value === '+') return primary();
    if (t.value === '(') {
      const inner = sum();
      if (!isOp(')')) throw new SyntaxError('missing )');
      pos += 1;
      return inner;
    }
    throw new SyntaxError(`unexpected ${t.value}`);
  };
  const product = () => {
    let left = primary();
    while (isOp('*') || isOp('/')) {
      const op = tokens[pos++].value; const l = left; const r = primary();
      left = op === '*' ? (v) => l(v) * r(v) : (v) => l(v) / r(v);
    }
    return left;
  };
  const sum = () => {
    let left = product();
    while (isOp('+') || isOp('-')) {
      const op = tokens[pos++].value; const l = left; const r = product();
      left = op === '+' ? (v) => l(v) + r(v) : (v) => l(v) - r(v);
    }
    return left;
  };
  const ast = sum();
  if (pos !== tokens.length) throw new SyntaxError('unexpected trailing input');
  return (values) => {
    const scope = Object.create(null);
    for (const name of variables) scope[name] = Number(values[name] ?? 0);
    const result = ast(scope);
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
