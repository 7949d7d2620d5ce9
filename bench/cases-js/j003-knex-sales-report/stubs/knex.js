'use strict';
// Local stand-in for the `knex` package (no install at test time).
// Only `knex.raw` is provided: calls are recorded in `__calls`, results come
// from a handler set by the tests (shaped like the pg driver result: { rows }).

const calls = [];
const defaultHandler = () => ({ rows: [] });
let handler = defaultHandler;

function knex(config) {
  const db = function table() {
    throw new Error('query builder is not available in this stub; use db.raw');
  };
  db.client = { config: config || {} };
  db.raw = (sql, bindings) => {
    calls.push({ sql, bindings });
    return Promise.resolve().then(() => handler(sql, bindings)).then((r) => r || { rows: [] });
  };
  db.destroy = async () => {};
  return db;
}

knex.__calls = calls;
knex.__setHandler = (fn) => { handler = fn; };
knex.__reset = () => { calls.length = 0; handler = defaultHandler; };

module.exports = knex;
