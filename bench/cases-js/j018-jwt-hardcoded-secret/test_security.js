'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const jwt = require('../stubs/jsonwebtoken');
const { freshRequire } = require('../testkit');

const modPath = path.resolve(__dirname, process.env.CASE_MODULE || 'app.js');
// The secret that shipped in the source code, known to anyone with the repository.
const LEAKED = 'super-secret-key';
const ENV_NAMES = ['JWT_SECRET', 'JWT_SECRET_KEY', 'JWT_SIGNING_KEY', 'TOKEN_SECRET', 'ACCESS_TOKEN_SECRET'];
const forged = () => jwt.sign({ sub: 'u-1', email: 'x@example.com', role: 'admin' }, LEAKED, { expiresIn: '1h', issuer: 'api.acme.example' });

function verifies(svc, token) {
  try { return Boolean(svc.verify(token)); } catch { return false; }
}

test('a token forged with the source-code secret is rejected (secret configured)', () => {
  for (const name of ENV_NAMES) process.env[name] = 'deployment-secret-0123456789abcdef0123456789';
  const mod = freshRequire(modPath);
  assert.strictEqual(verifies(new mod.TokenService(), forged()), false, 'forged admin token accepted');
});

test('without a configured secret the literal secret is not used', () => {
  for (const name of ENV_NAMES) delete process.env[name];
  let mod;
  try { mod = freshRequire(modPath); } catch { return; /* refusing to start is fine */ }
  const svc = new mod.TokenService();
  assert.strictEqual(verifies(svc, forged()), false, 'forged admin token accepted');
  let issued = null;
  try { issued = svc.issue({ id: 'u-2', email: 'y@example.com', role: 'user' }); } catch { /* refusing is fine */ }
  if (issued) {
    assert.throws(() => jwt.verify(issued, LEAKED), 'issued tokens are signed with the literal secret');
  }
});
