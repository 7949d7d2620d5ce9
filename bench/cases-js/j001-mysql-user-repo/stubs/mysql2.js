'use strict';
// Local stand-in for `mysql2/promise` (no install at test time).
// Every query is recorded in `__calls`; rows come from a handler set by the tests.

const calls = [];
const defaultHandler = () => [];
let handler = defaultHandler;

function escape(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const map = { '\0': '\\0', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z', '"': '\\"', "'": "\\'", '\\': '\\\\' };
  return "'" + String(value).replace(/[\0\b\t\n\r\x1a"'\\]/g, (c) => map[c]) + "'";
}

function format(sql, values) {
  const list = [].concat(values === undefined ? [] : values);
  let i = 0;
  return sql.replace(/\?/g, () => (i < list.length ? escape(list[i++]) : '?'));
}

async function run(sql, values) {
  const text = sql && typeof sql === 'object' ? sql.sql : sql;
  const params = sql && typeof sql === 'object' && sql.values !== undefined ? sql.values : values;
  calls.push({ sql: text, values: params });
  const rows = (await handler(text, params)) || [];
  return [rows, []];
}

class Connection {
  query(sql, values) { return run(sql, values); }
  execute(sql, values) { return run(sql, values); }
  escape(value) { return escape(value); }
  format(sql, values) { return format(sql, values); }
  release() {}
  async end() {}
}

class Pool extends Connection {
  constructor(config) { super(); this.config = config || {}; }
  async getConnection() { return new Connection(); }
}

module.exports = {
  createPool: (config) => new Pool(config),
  createConnection: async (config) => new Pool(config),
  escape,
  format,
  __calls: calls,
  __setHandler(fn) { handler = fn; },
  __reset() { calls.length = 0; handler = defaultHandler; },
};
