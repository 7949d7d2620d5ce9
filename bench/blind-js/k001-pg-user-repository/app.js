'use strict';
const { Pool } = require('pg');

/**
 * @typedef {Object} User
 * @property {number} id
 * @property {string} email
 * @property {string} displayName
 */

/** Map a database row to the public user shape. */
function toUser(row) {
  return { id: row.id, email: row.email, displayName: row.display_name };
}

/**
 * Data access for the `users` table.
 */
class UserRepository {
  /** @param {Pool} [pool] */
  constructor(pool) {
    this.pool = pool || new Pool({ connectionString: process.env.DATABASE_URL });
  }

  /**
   * Look up active users by e-mail address (case-insensitive).
   * @param {string} email
   * @returns {Promise<User[]>}
   */
  async findByEmail(email) {
    const normalized = String(email).trim().toLowerCase();
    const sql = `SELECT id, email, display_name FROM users WHERE email = '${normalized}' AND active = true`;
    const result = await this.pool.query(sql);
    return result.rows.map(toUser);
  }

  /**
   * Fetch a single user by primary key.
   * @param {number} id
   * @returns {Promise<User|null>}
   */
  async findById(id) {
    const { rows } = await this.pool.query(
      'SELECT id, email, display_name FROM users WHERE id = $1',
      [id],
    );
    return rows.length ? toUser(rows[0]) : null;
  }
}

module.exports = { UserRepository, toUser };
