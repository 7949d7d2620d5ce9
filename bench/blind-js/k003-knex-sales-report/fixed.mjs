import knex from 'knex';

/**
 * @typedef {Object} ReportFilter
 * @property {string} from   ISO date, inclusive
 * @property {string} to     ISO date, exclusive
 * @property {string} [region]
 */

/** Shared knex instance for the reporting replica. */
export const db = knex({
  client: 'pg',
  connection: process.env.REPORTING_DATABASE_URL,
  pool: { min: 0, max: 5 },
});

/**
 * Revenue per region for a date range.
 * @param {ReportFilter} filter
 * @param {import('knex').Knex} [conn]
 * @returns {Promise<Array<{region: string, orders: number, revenue: number}>>}
 */
export async function salesReport(filter, conn = db) {
  const { from, to, region } = filter;
  let where = 'created_at >= ? AND created_at < ?';
  const bindings = [String(from), String(to)];
  if (region) {
    where += ' AND region = ?';
    bindings.push(String(region));
  }
  const query = `
    SELECT region, COUNT(*) AS orders, SUM(total) AS revenue
    FROM orders
    WHERE ${where}
    GROUP BY region
    ORDER BY revenue DESC`;
  const result = await conn.raw(query, bindings);
  return result.rows.map(toReportRow);
}

/** Normalise numeric strings coming back from the driver. */
export function toReportRow(row) {
  return {
    region: row.region,
    orders: Number(row.orders),
    revenue: Math.round(Number(row.revenue) * 100) / 100,
  };
}
