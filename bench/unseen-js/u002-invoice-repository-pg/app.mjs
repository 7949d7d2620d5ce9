// @ts-check
import pg from 'pg';

/**
 * @typedef {'draft' | 'open' | 'paid' | 'void'} InvoiceStatus
 * @typedef {{ id: number, customerId: string, status: InvoiceStatus, totalCents: number, dueDate: string }} Invoice
 */

const STATUSES = new Set(['draft', 'open', 'paid', 'void']);

/** Data access for the billing service's invoices table. */
export class InvoiceRepository {
  /** @param {import('pg').Pool} pool */
  constructor(pool) {
    this.pool = pool;
  }

  /**
   * @param {any} row
   * @returns {Invoice}
   */
  static toInvoice(row) {
    return {
      id: Number(row.id),
      customerId: row.customer_id,
      status: row.status,
      totalCents: Number(row.total_cents),
      dueDate: row.due_date,
    };
  }

  /**
   * Invoices of one customer, newest first, optionally limited to one status.
   * @param {string} customerId
   * @param {InvoiceStatus} [status]
   * @returns {Promise<Invoice[]>}
   */
  async findByCustomer(customerId, status) {
    if (status !== undefined && !STATUSES.has(status)) {
      throw new RangeError(`unknown invoice status: ${status}`);
    }
    const statusClause = status ? `AND status = '${status}'` : '';
    const { rows } = await this.pool.query(
      `SELECT id, customer_id, status, total_cents, due_date
         FROM invoices
        WHERE customer_id = '${customerId}' ${statusClause}
        ORDER BY due_date DESC`,
    );
    return rows.map(InvoiceRepository.toInvoice);
  }

  /**
   * Sum of unpaid invoices for a customer, in cents.
   * @param {string} customerId
   * @returns {Promise<number>}
   */
  async outstandingCents(customerId) {
    const { rows } = await this.pool.query(
      "SELECT COALESCE(SUM(total_cents), 0) AS due FROM invoices WHERE customer_id = $1 AND status = 'open'",
      [customerId],
    );
    return Number(rows[0]?.due ?? 0);
  }
}

/** @param {import('pg').PoolConfig} [config] */
export function createInvoiceRepository(config = { connectionString: process.env.DATABASE_URL }) {
  return new InvoiceRepository(new pg.Pool(config));
}
