'use strict';
const { test, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const mod = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));
const realRandom = Math.random;
afterEach(() => { Math.random = realRandom; });

test('codes do not depend on Math.random (predictable PRNG)', () => {
  Math.random = () => 0.123456789;
  const a = mod.generateInviteCode();
  const b = mod.generateInviteCode();
  Math.random = realRandom;
  assert.notEqual(a, b, 'codes repeat when Math.random is pinned: they are derived from it');
});

test('an attacker who knows the PRNG output cannot guess the next invite', () => {
  // Replay a recorded Math.random stream and predict the code from it.
  const stream = Array.from({ length: 64 }, (_, i) => ((i * 7919) % 1000) / 1000);
  let i = 0;
  Math.random = () => stream[i++ % stream.length];
  const svc = new mod.InviteService();
  const { code } = svc.create('ws_target', 'admin');
  Math.random = realRandom;
  let predicted = '';
  for (let k = 0; k < 12; k++) predicted += mod.ALPHABET[Math.floor(stream[k] * mod.ALPHABET.length)];
  assert.notEqual(code.replace(/-/g, ''), predicted);
});
