'use strict';
/**
 * Sales reporting helpers for the admin dashboard (knex on PostgreSQL).
 */
const knex = require('./stubs/knex');

const db = knex({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 5 },
});

/**
 * Formats a cents amount as a fixed two-decimal string.
 * @param {number|string} cents
 */
function formatAmount(cents) {
  return (Number(cents) / 100).toFixed(2);
}

/**
 * Revenue per day for one sales region within a date range.
 *
 * @param {{region: string, from: string, to: string}} filters
 * @returns {Promise<Array<{day: string, orders: number, revenue: string}>>}
 */
async function dailyRevenueReport({ region, from, to }) {
  const regionFilter = region.trim().toUpperCase();
  const query = `
    SELECT date_trunc('day', created_at)::date AS day,
           count(*) AS orders,
           sum(total_cents) AS revenue_cents
      FROM orders
     WHERE region = ?
       AND created_at >= ? AND created_at < ?
     GROUP BY 1
     ORDER BY 1`;
  const result = await db.raw(query, [regionFilter, from, to]);
  return result.rows.map((row) => ({
    day: String(row.day),
    orders: Number(row.orders),
    revenue: formatAmount(row.revenue_cents),
  }));
}

module.exports = { db, dailyRevenueReport, formatAmount };
