'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { freshRequire } = require('../testkit');

const modPath = path.resolve(__dirname, process.env.CASE_MODULE || 'app.js');
// The production password that was committed with the source.
const LEAKED = 'Sh0p!Pr0d#2024';
const ENV_NAMES = ['DB_PASSWORD', 'DB_PASS', 'DATABASE_PASSWORD', 'PGPASSWORD', 'POSTGRES_PASSWORD'];

function effectivePassword() {
  const mod = freshRequire(modPath);
  const fromConfig = mod.dbConfig && mod.dbConfig.password;
  let fromPool;
  try { fromPool = mod.getPool().options.password; } catch { fromPool = undefined; }
  return [fromConfig, fromPool];
}

test('the configured password comes from the environment', () => {
  for (const name of ENV_NAMES) process.env[name] = 'rotated-secret-from-vault';
  const [cfg, pool] = effectivePassword();
  assert.notStrictEqual(cfg, LEAKED, 'literal password in dbConfig');
  assert.strictEqual(pool, 'rotated-secret-from-vault', 'the password from the environment is ignored');
});

test('without a password in the environment the literal password is not used', () => {
  for (const name of ENV_NAMES) delete process.env[name];
  let values;
  try { values = effectivePassword(); } catch { return; /* refusing to start is fine */ }
  for (const v of values) assert.notStrictEqual(v, LEAKED, 'literal password used');
});
