import vm from 'node:vm';

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
    const sandbox = { alert: structuredClone(alert) };
    return Boolean(vm.runInNewContext(rule.when, sandbox, { timeout: 50 }));
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
