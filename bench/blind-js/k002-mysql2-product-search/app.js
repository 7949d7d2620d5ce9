'use strict';
const mysql = require('mysql2/promise');

const DEFAULT_LIMIT = 25;

/**
 * Build the SQL used by the product search box.
 * @param {string} term free-text search term
 * @param {{ category?: string, limit?: number }} [options]
 * @returns {string}
 */
function buildSearchQuery(term, options = {}) {
  const limit = Math.min(Number(options.limit) || DEFAULT_LIMIT, 100);
  let sql = "SELECT id, name, price, category FROM products WHERE name LIKE '%" + term + "%'";
  if (options.category) {
    sql += " AND category = '" + options.category + "'";
  }
  sql += ' ORDER BY name ASC LIMIT ' + limit;
  return sql;
}

/**
 * Search the catalogue.
 * @param {import('mysql2/promise').Pool} pool
 * @param {string} term
 * @param {{ category?: string, limit?: number }} [options]
 * @returns {Promise<Array<{id: number, name: string, price: number, category: string}>>}
 */
async function searchProducts(pool, term, options = {}) {
  const cleaned = String(term || '').trim();
  if (!cleaned) return [];
  const query = buildSearchQuery(cleaned, options);
  const [rows] = await pool.query(query);
  return rows.map((row) => ({ ...row, price: Number(row.price) }));
}

/** Create the shared connection pool from environment settings. */
function createPool() {
  return mysql.createPool({
    host: process.env.DB_HOST || 'localhost',
    user: process.env.DB_USER || 'shop',
    database: process.env.DB_NAME || 'shop',
    waitForConnections: true,
    connectionLimit: 10,
  });
}

module.exports = { buildSearchQuery, searchProducts, createPool };
