'use strict';
/**
 * Database configuration and connection pool for the shop backend.
 */
const { Pool } = require('../stubs/pg');

/**
 * Connection settings for the primary PostgreSQL database. Credentials come
 * from the environment (injected by the deployment's secret store).
 */
const dbConfig = {
  host: process.env.DB_HOST || 'shop-db.prod.internal',
  port: Number(process.env.DB_PORT || 5432),
  database: process.env.DB_NAME || 'shop',
  user: process.env.DB_USER || 'shop_app',
  password: process.env.DB_PASSWORD,
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
    if (!dbConfig.password && !overrides.password) {
      throw new Error('DB_PASSWORD is not set');
    }
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
