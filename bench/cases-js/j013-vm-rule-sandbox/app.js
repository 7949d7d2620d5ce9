'use strict';
/**
 * Rule engine for the webhook transformer: customers upload small JavaScript
 * snippets that reshape incoming payloads. Each rule reads `input` and assigns
 * `result`, e.g.
 *   result = { id: input.order.id, total: input.order.items.reduce((s, i) => s + i.price, 0) };
 * Rules run in a separate VM context so they cannot affect the server.
 */
const vm = require('vm');

const DEFAULT_TIMEOUT_MS = 500;

/**
 * Runs one rule script against an input payload.
 * @param {string} script rule source
 * @param {object} input payload the rule may read
 * @param {{timeoutMs?: number}} [options]
 * @returns {unknown} whatever the rule assigned to `result`
 */
function runRule(script, input, options = {}) {
  const sandbox = { input, result: undefined };
  vm.runInNewContext(script, sandbox, {
    timeout: options.timeoutMs || DEFAULT_TIMEOUT_MS,
    filename: 'rule.js',
  });
  return sandbox.result;
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
