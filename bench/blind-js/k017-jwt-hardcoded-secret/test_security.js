'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const jwt = require('jsonwebtoken');
const { modulePath, mockReq, invoke } = require('_testkit');

const file = modulePath(__dirname, 'app.js');
const source = fs.readFileSync(file, 'utf8');

const SECRET_VARS = ['JWT_SECRET', 'JWT_SECRET_KEY', 'JWT_SIGNING_KEY', 'ACCESS_TOKEN_SECRET', 'TOKEN_SECRET', 'AUTH_SECRET'];

/** Load a fresh copy of the module with the usual secret variables set (or unset). */
function loadWith(secret) {
  for (const name of SECRET_VARS) {
    if (secret === undefined) delete process.env[name];
    else process.env[name] = secret;
  }
  delete require.cache[require.resolve(file)];
  return require(file);
}

/** Secrets the module handed to jwt.sign for one issueToken call (none if it refused). */
function secretsUsed(mod) {
  jwt.__reset();
  try { mod.issueToken({ id: 1, role: 'admin' }); } catch { /* refusing without config is fine */ }
  return jwt.__calls.filter((c) => c.fn === 'sign').map((c) => String(Buffer.isBuffer(c.secret) ? c.secret.toString() : c.secret));
}

test('with JWT_SECRET configured, no key written in the source is used', () => {
  const mod = loadWith('deploy-secret-9d8c7b6a5f4e3d2c1b0a99887766554433');
  for (const s of secretsUsed(mod)) assert.ok(!source.includes(s), `signing key is a literal in ${path.basename(file)}`);
});

test('without JWT_SECRET, the module does not fall back to a key from the source', () => {
  let mod;
  try { mod = loadWith(undefined); } catch { return; /* refusing to start is fine */ }
  for (const s of secretsUsed(mod)) assert.ok(!source.includes(s), `fallback signing key is a literal in ${path.basename(file)}`);
});

test('a token forged with any quoted string from the source is rejected', async () => {
  const mod = loadWith('deploy-secret-9d8c7b6a5f4e3d2c1b0a99887766554433');
  const literals = [...source.matchAll(/(['"`])((?:(?!\1)[^\\\n]){8,})\1/g)].map((m) => m[2]);
  for (const key of literals) {
    const forged = jwt.sign({ sub: '1', role: 'admin' }, key, { expiresIn: '1h' });
    const { nextCalled } = await invoke(mod.requireAuth, mockReq({ headers: { authorization: `Bearer ${forged}` } }));
    assert.equal(nextCalled, false, 'accepted a token signed with a key from the source');
  }
});
