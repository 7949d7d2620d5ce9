'use strict';
const { Sequelize, QueryTypes } = require('sequelize');

/**
 * Read access to the append-only audit log.
 */
class AuditLogService {
  /**
   * @param {Sequelize} [sequelize]
   */
  constructor(sequelize) {
    this.sequelize = sequelize || new Sequelize(process.env.DATABASE_URL || 'postgres://localhost/audit', { logging: false });
  }

  /**
   * Most recent audit entries for one actor, optionally narrowed to an action.
   * @param {string} actor     user name as shown in the admin UI
   * @param {{ action?: string, limit?: number }} [filter]
   * @returns {Promise<Array<{id: number, actor: string, action: string, createdAt: Date}>>}
   */
  async forActor(actor, filter = {}) {
    const limit = Math.max(1, Math.min(parseInt(filter.limit, 10) || 50, 500));
    const conditions = ['actor = :actor'];
    const replacements = { actor: String(actor), limit };
    if (filter.action) {
      conditions.push('action = :action');
      replacements.action = String(filter.action);
    }
    const sql = `SELECT id, actor, action, created_at FROM audit_logs WHERE ${conditions.join(' AND ')} ORDER BY created_at DESC LIMIT :limit`;
    const rows = await this.sequelize.query(sql, { type: QueryTypes.SELECT, replacements });
    return rows.map((row) => ({
      id: row.id,
      actor: row.actor,
      action: row.action,
      createdAt: new Date(row.created_at),
    }));
  }
}

module.exports = { AuditLogService };
