/**
 * Row filtering for the CSV export service.
 *
 * Users type a filter expression in the export dialog, for example
 *   row.age >= 18 && row.country === "DE"
 * and only matching rows are exported. Expressions are parsed by a small
 * interpreter (field access, literals, comparisons, && || ! and parentheses);
 * they are never compiled or executed as JavaScript.
 */

const compiled = new Map();

const TOKEN_RE = /\s*(?:(===|!==|==|!=|<=|>=|&&|\|\||[<>!().[\]])|(\d+(?:\.\d+)?)|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*))/y;

/**
 * Splits an expression into tokens.
 * @param {string} source
 */
function tokenize(source) {
  const tokens = [];
  let pos = 0;
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(source);
    if (!m) throw new SyntaxError(`Unexpected character at position ${pos} in filter`);
    pos = TOKEN_RE.lastIndex;
    if (m[1]) tokens.push({ type: 'op', value: m[1] });
    else if (m[2]) tokens.push({ type: 'lit', value: Number(m[2]) });
    else if (m[3] !== undefined || m[4] !== undefined) tokens.push({ type: 'lit', value: (m[3] ?? m[4]).replace(/\\(.)/g, '$1') });
    else tokens.push({ type: 'id', value: m[5] });
  }
  return tokens;
}

const COMPARE = {
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  // eslint-disable-next-line eqeqeq
  '==': (a, b) => a == b,
  // eslint-disable-next-line eqeqeq
  '!=': (a, b) => a != b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** Reads an own property only (no prototype members such as constructor). */
function field(obj, key) {
  return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * Parses tokens into a predicate function.
 * @param {{type: string, value: any}[]} tokens
 */
function parse(tokens) {
  let i = 0;
  const peek = (v) => tokens[i] && tokens[i].type === 'op' && tokens[i].value === v;
  const expect = (v) => { if (!peek(v)) throw new SyntaxError(`Expected ${v} in filter`); i++; };
  function orExpr() {
    let left = andExpr();
    while (peek('||')) { i++; const l = left; const r = andExpr(); left = (row) => l(row) || r(row); }
    return left;
  }
  function andExpr() {
    let left = notExpr();
    while (peek('&&')) { i++; const l = left; const r = notExpr(); left = (row) => l(row) && r(row); }
    return left;
  }
  function notExpr() {
    if (peek('!')) { i++; const inner = notExpr(); return (row) => !inner(row); }
    return comparison();
  }
  function comparison() {
    const left = operand();
    const tok = tokens[i];
    if (tok && tok.type === 'op' && COMPARE[tok.value]) {
      i++;
      const right = operand();
      const cmp = COMPARE[tok.value];
      return (row) => cmp(left(row), right(row));
    }
    return left;
  }
  function operand() {
    const tok = tokens[i++];
    if (!tok) throw new SyntaxError('Unexpected end of filter');
    if (tok.type === 'lit') return () => tok.value;
    if (tok.type === 'op' && tok.value === '(') { const inner = orExpr(); expect(')'); return inner; }
    if (tok.type === 'id') {
      if (tok.value === 'true') return () => true;
      if (tok.value === 'false') return () => false;
      if (tok.value === 'null') return () => null;
      if (tok.value === 'undefined') return () => undefined;
      if (tok.value !== 'row') throw new SyntaxError(`Unknown identifier ${tok.value} in filter`);
      const path = [];
      for (;;) {
        if (peek('.') && tokens[i + 1] && tokens[i + 1].type === 'id') { path.push(tokens[i + 1].value); i += 2; }
        else if (peek('[') && tokens[i + 1] && tokens[i + 1].type === 'lit') { path.push(String(tokens[i + 1].value)); i += 2; expect(']'); }
        else break;
      }
      return (row) => path.reduce((obj, key) => field(obj, key), row);
    }
    throw new SyntaxError(`Unexpected ${tok.value} in filter`);
  }
  const predicate = orExpr();
  if (i !== tokens.length) throw new SyntaxError('Unexpected trailing input in filter');
  return predicate;
}

/**
 * Compiles a filter expression into a predicate (cached per expression).
 * @param {string} expression
 * @returns {(row: object) => boolean}
 */
export function compileFilter(expression) {
  let predicate = compiled.get(expression);
  if (!predicate) {
    predicate = parse(tokenize(expression));
    compiled.set(expression, predicate);
  }
  return predicate;
}

/**
 * Returns the rows matching `expression` (all rows for an empty expression).
 * @param {object[]} rows
 * @param {string} [expression]
 */
export function filterRows(rows, expression) {
  if (!expression || !expression.trim()) {
    return rows.slice();
  }
  const predicate = compileFilter(expression.trim());
  return rows.filter((row) => Boolean(predicate(row)));
}

/**
 * Quotes a CSV field when needed.
 * @param {unknown} value
 */
function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Builds a CSV document from the filtered rows.
 * @param {object[]} rows
 * @param {string[]} columns
 * @param {string} [expression]
 */
export function exportCsv(rows, columns, expression) {
  const lines = [columns.join(',')];
  for (const row of filterRows(rows, expression)) {
    lines.push(columns.map((col) => csvField(row[col])).join(','));
  }
  return lines.join('\n') + '\n';
}
