'use strict';
/**
 * User repository backed by MySQL (mysql2/promise).
 *
 * Provides lookups used by the login and profile screens.
 */
const mysql = require('./stubs/mysql2');

const pool = mysql.createPool({
  host: process.env.MYSQL_HOST || 'localhost',
  user: process.env.MYSQL_USER || 'app',
  password: process.env.MYSQL_PASSWORD,
  database: process.env.MYSQL_DATABASE || 'app',
  connectionLimit: 10,
});

/**
 * Converts a raw database row into the public user shape.
 * @param {{id:number,email:string,display_name:string,created_at:string}} row
 */
function toUser(row) {
  return { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at };
}

class UserRepository {
  /** @param {import('mysql2/promise').Pool} db */
  constructor(db = pool) {
    this.db = db;
  }

  /**
   * Finds a user by e-mail address (case-insensitive).
   * @param {string} email
   * @returns {Promise<object|null>}
   */
  async findByEmail(email) {
    const normalized = String(email).trim().toLowerCase();
    const sql = "SELECT id, email, display_name, created_at FROM users WHERE email = '" + normalized + "' LIMIT 1";
    const [rows] = await this.db.query(sql);
    return rows.length ? toUser(rows[0]) : null;
  }

  /**
   * Finds a user by numeric id.
   * @param {number} id
   */
  async findById(id) {
    const [rows] = await this.db.query(
      'SELECT id, email, display_name, created_at FROM users WHERE id = ? LIMIT 1',
      [Number(id)],
    );
    return rows.length ? toUser(rows[0]) : null;
  }
}

module.exports = { UserRepository, pool, toUser };
