'use strict';
/**
 * Support console: agents request refunds; every decision goes to an append-only audit log
 * that finance reviews line by line.
 */

class AuditLog {
  /** @param {{ write(chunk: string): unknown }} stream e.g. fs.createWriteStream('audit.log', { flags: 'a' }) */
  constructor(stream, clock = () => new Date()) {
    this.stream = stream;
    this.clock = clock;
  }

  /**
   * @param {string} event e.g. REFUND_REQUESTED
   * @param {string} details key=value pairs
   */
  record(event, details) {
    this.stream.write(`${this.clock().toISOString()} [${event}] ${details}\n`);
  }
}

/** Make a user-supplied value safe for a single log line: control characters become \uXXXX. */
function logSafe(value) {
  return String(value).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * @param {{ orders: { find(id: string): Promise<{ id: string, totalCents: number } | null>, refund(id: string, cents: number): Promise<{ id: string }> }, audit: AuditLog }} deps
 */
function createRefundHandler({ orders, audit }) {
  return async function requestRefund(req, res, next) {
    const { username, orderId, reason = '' } = req.body || {};
    const who = logSafe(username);
    const what = logSafe(orderId);
    const amountCents = Number(req.body?.amountCents);
    if (!username || !orderId || !Number.isInteger(amountCents) || amountCents <= 0) {
      return res.status(400).json({ error: 'username, orderId and a positive amountCents are required' });
    }

    try {
      const order = await orders.find(orderId);
      if (!order) {
        audit.record('REFUND_DENIED', `user=${who} order=${what} cause="unknown order"`);
        return res.status(404).json({ error: 'order not found' });
      }
      if (amountCents > order.totalCents) {
        audit.record('REFUND_DENIED', `user=${who} order=${what} amount=${amountCents} cause="exceeds order total"`);
        return res.status(422).json({ error: 'refund exceeds order total' });
      }

      const refund = await orders.refund(order.id, amountCents);
      audit.record('REFUND_REQUESTED', `user=${who} order=${logSafe(order.id)} amount=${amountCents} reason="${logSafe(reason)}"`);
      return res.status(202).json({ refundId: refund.id, status: 'pending' });
    } catch (err) {
      return next(err);
    }
  };
}

module.exports = { AuditLog, createRefundHandler };
