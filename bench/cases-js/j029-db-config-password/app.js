'use strict';
/**
 * Database configuration and connection pool for the shop backend.
 */
const { Pool } = require('../stubs/pg');

/** Connection settings for the primary PostgreSQL database. */
const dbConfig = {
  host: process.env.DB_HOST || 'shop-db.prod.internal',
  port: Number(process.env.DB_PORT || 5432),
  database: process.env.DB_NAME || 'shop',
  user: 'shop_app',
  password: 'Sh0p!Pr0d#2024',
  max: 10,
  idleTimeoutMillis: 30000,
  ssl: { rejectUnauthorized: true },
};

let pool = null;

/**
 * Returns the shared pool, creating it on first use.
 * @param {object} [overrides] extra pg.Pool options (tests, scripts)
 * @returns {import('pg').Pool}
 */
function getPool(overrides = {}) {
  if (!pool) {
    pool = new Pool({ ...dbConfig, ...overrides });
  }
  return pool;
}

/**
 * Simple readiness probe used by /healthz.
 * @returns {Promise<boolean>}
 */
async function checkDatabase() {
  const { rows } = await getPool().query('SELECT 1 AS ok');
  return rows.length === 1 && rows[0].ok === 1;
}

module.exports = { dbConfig, getPool, checkDatabase };
