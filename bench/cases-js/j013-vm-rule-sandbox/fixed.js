'use strict';
/**
 * Rule engine for the webhook transformer: customers upload small JavaScript
 * snippets that reshape incoming payloads. Each rule reads `input` and assigns
 * `result`, e.g.
 *   result = { id: input.order.id, total: input.order.items.reduce((s, i) => s + i.price, 0) };
 *
 * node:vm is not a security boundary by itself, so the context is hardened:
 * no host object or function is ever placed in it (the input is copied in as
 * JSON and parsed inside the context, the result is copied out as JSON), the
 * global object has no prototype, string code generation (eval / Function) is
 * disabled, and every run has a time limit.
 */
const vm = require('vm');

const DEFAULT_TIMEOUT_MS = 500;

/**
 * Runs one rule script against an input payload.
 * @param {string} script rule source
 * @param {object} input payload the rule may read (JSON-compatible)
 * @param {{timeoutMs?: number}} [options]
 * @returns {unknown} a JSON copy of whatever the rule assigned to `result`
 */
function runRule(script, input, options = {}) {
  const timeout = options.timeoutMs || DEFAULT_TIMEOUT_MS;
  const context = vm.createContext(Object.create(null), {
    name: 'rule',
    codeGeneration: { strings: false, wasm: false },
  });
  const inputJson = JSON.stringify(input === undefined ? null : input);
  vm.runInContext(
    `globalThis.input = JSON.parse(${JSON.stringify(inputJson)}); globalThis.result = undefined;`,
    context,
    { timeout },
  );
  vm.runInContext(String(script), context, { timeout, filename: 'rule.js' });
  const output = vm.runInContext(
    'result === undefined ? undefined : JSON.stringify(result)',
    context,
    { timeout },
  );
  if (output === undefined) return undefined;
  if (typeof output !== 'string') throw new TypeError('rule result is not serialisable');
  return JSON.parse(output);
}

class RuleEngine {
  constructor() {
    /** @type {Map<string, string>} */
    this.rules = new Map();
  }

  /** Registers (or replaces) a rule under a name. */
  register(name, script) {
    if (typeof script !== 'string' || !script.trim()) {
      throw new TypeError('rule script must be a non-empty string');
    }
    this.rules.set(name, script);
  }

  /**
   * Applies a registered rule.
   * @param {string} name
   * @param {object} payload
   */
  apply(name, payload) {
    const script = this.rules.get(name);
    if (!script) {
      throw new Error(`Unknown rule: ${name}`);
    }
    return runRule(script, payload);
  }
}

module.exports = { RuleEngine, runRule };
