const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)|(===|!==|==|!=|>=|<=|&&|\|\||[<>!()]))/y;
const LITERALS = { true: true, false: false, null: null, undefined };

/** Split a condition into tokens; anything outside the small grammar is a SyntaxError. */
function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length && text.slice(TOKEN.lastIndex).trim() !== '') {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new SyntaxError(`unexpected input at ${at}: ${text.slice(at, at + 10)}`);
    if (m[1] !== undefined) tokens.push({ type: 'value', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ type: 'value', value: m[2].slice(1, -1).replace(/\\(.)/g, '$1') });
    else if (m[3] !== undefined) tokens.push(m[3] in LITERALS ? { type: 'value', value: LITERALS[m[3]] } : { type: 'path', value: m[3].split('.') });
    else tokens.push({ type: 'op', value: m[4] });
  }
  return tokens;
}

/** Read a dotted path from the scope using own properties only. */
function lookup(scope, parts) {
  let cur = scope;
  for (const key of parts) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

const COMPARE = {
  '==': (a, b) => a == b, '!=': (a, b) => a != b, '===': (a, b) => a === b, '!==': (a, b) => a !== b, // eslint-disable-line eqeqeq
  '>': (a, b) => a > b, '>=': (a, b) => a >= b, '<': (a, b) => a < b, '<=': (a, b) => a <= b,
};

/** Evaluate a condition: paths, literals, comparisons, !, &&, || and parentheses. */
function evaluateCondition(text, scope) {
  const tokens = tokenize(text);
  let pos = 0;
  const isOp = (v) => tokens[pos] && tokens[pos].type === 'op' && tokens[pos].value === v;
  function unary() {
    const tok = tokens[pos++];
    if (!tok) throw new SyntaxError('unexpected end of condition');
    if (tok.type === 'value') return tok.value;
    if (tok.type === 'path') return lookup(scope, tok.value);
    if (tok.value === '!') return !unary();
    if (tok.value === '(') {
      const v = or();
      if (!isOp(')')) throw new SyntaxError('missing )');
      pos += 1;
      return v;
    }
    throw new SyntaxError(`unexpected ${tok.value}`);
  }
  function comparison() {
    let v = unary();
    while (tokens[pos] && COMPARE[tokens[pos].value]) v = COMPARE[tokens[pos++].value](v, unary());
    return v;
  }
  function and() { let v = comparison(); while (isOp('&&')) { pos += 1; const r = comparison(); v = v && r; } return v; }
  function or() { let v = and(); while (isOp('||')) { pos += 1; const r = and(); v = v || r; } return v; }
  const result = or();
  if (pos !== tokens.length) throw new SyntaxError('unexpected trailing input');
  return result;
}

/**
 * @typedef {{ name: string, when: string, notify: string[] }} RoutingRule
 * @typedef {{ service: string, severity: 'info'|'warning'|'critical', value?: number, labels?: Record<string, string>, acknowledged?: boolean }} Alert
 */

/**
 * Routes monitoring alerts to on-call channels. Teams write their own rule conditions in
 * the dashboard, e.g.  alert.severity == "critical" && alert.labels.team == "payments"
 */
export class AlertRouter {
  /** @param {RoutingRule[]} [rules] */
  constructor(rules = []) {
    /** @type {RoutingRule[]} */
    this.rules = [];
    rules.forEach((rule) => this.addRule(rule));
  }

  /** @param {RoutingRule} rule */
  addRule({ name, when, notify }) {
    if (typeof when !== 'string' || when.trim() === '') {
      throw new TypeError(`rule ${name}: condition is required`);
    }
    this.rules.push({ name, when, notify: [...(notify || [])] });
    return this;
  }

  /**
   * @param {RoutingRule} rule
   * @param {Alert} alert
   */
  matches(rule, alert) {
    return Boolean(evaluateCondition(rule.when, { alert: structuredClone(alert) }));
  }

  /**
   * @param {Alert} alert
   * @returns {{ matched: string[], notify: string[] }}
   */
  route(alert) {
    const matched = [];
    const targets = new Set();
    for (const rule of this.rules) {
      if (this.matches(rule, alert)) {
        matched.push(rule.name);
        rule.notify.forEach((target) => targets.add(target));
      }
    }
    return { matched, notify: [...targets] };
  }
}
