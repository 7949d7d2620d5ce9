'use strict';
// Local stand-in for the `pg` package (no install at test time).
// Every query is recorded in `__calls`; results come from a handler set by the tests.

const calls = [];
const defaultHandler = () => ({ rows: [], rowCount: 0 });
let handler = defaultHandler;

async function runQuery(config, values) {
  let text = config;
  let params = values;
  if (config && typeof config === 'object') {
    text = config.text;
    params = config.values !== undefined ? config.values : values;
  }
  calls.push({ text, values: params });
  const result = (await handler(text, params)) || {};
  const rows = result.rows || [];
  return { command: String(text).trim().split(/\s+/)[0].toUpperCase(), rows, rowCount: result.rowCount ?? rows.length, fields: [] };
}

function query(config, values, callback) {
  if (typeof values === 'function') { callback = values; values = undefined; }
  const promise = runQuery(config, values);
  if (callback) { promise.then((r) => callback(null, r), (e) => callback(e)); return undefined; }
  return promise;
}

class Client {
  constructor(options) { this.options = options || {}; }
  async connect() { return this; }
  query(config, values, callback) { return query(config, values, callback); }
  release() {}
  async end() {}
  on() { return this; }
}

class Pool {
  constructor(options) { this.options = options || {}; }
  async connect() { return new Client(this.options); }
  query(config, values, callback) { return query(config, values, callback); }
  async end() {}
  on() { return this; }
}

module.exports = {
  Pool,
  Client,
  __calls: calls,
  __setHandler(fn) { handler = fn; },
  __reset() { calls.length = 0; handler = defaultHandler; },
};
