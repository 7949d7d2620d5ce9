'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const path = require('node:path');

const { MemberAccounts } = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const FAST = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const encodings = (buf) => [buf.toString('hex'), buf.toString('base64'), buf.toString('base64url'), buf.toString('base64').replace(/=+$/, '')];
const digests = (input) => FAST.flatMap((alg) => encodings(crypto.createHash(alg).update(input).digest()));

// Every string stored on the member record except the obvious profile fields.
function storedSecrets(accounts, email) {
  const rec = accounts.members.get(email);
  return Object.entries(rec).filter(([k, v]) => typeof v === 'string' && !['email', 'name', 'createdAt'].includes(k)).map(([, v]) => v);
}

// Pieces of a stored value that might be a salt, in the forms a salt is usually mixed in.
function saltCandidates(value) {
  const out = [value];
  for (const part of value.split(/[$:.,|]/).filter(Boolean)) {
    out.push(Buffer.from(part));
    if (/^[0-9a-f]+$/i.test(part) && part.length % 2 === 0) out.push(Buffer.from(part, 'hex'));
    if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(part)) out.push(Buffer.from(part, 'base64'));
  }
  return out;
}

const PASSWORD = 'Spring-Gym-2026!';

test('stored password is not a fast unsalted digest', () => {
  const accounts = new MemberAccounts();
  accounts.register('eve@example.com', 'Eve', PASSWORD);
  const forbidden = digests(PASSWORD);
  for (const v of storedSecrets(accounts, 'eve@example.com')) {
    for (const d of forbidden) assert.ok(!v.includes(d), 'stored value contains a plain fast digest of the password');
  }
});

test('stored password is salted', () => {
  const accounts = new MemberAccounts();
  accounts.register('one@example.com', 'One', PASSWORD);
  accounts.register('two@example.com', 'Two', PASSWORD);
  assert.notDeepEqual(storedSecrets(accounts, 'one@example.com'), storedSecrets(accounts, 'two@example.com'));
});

test('stored password is not a fast digest of salt + password', () => {
  const accounts = new MemberAccounts();
  accounts.register('eve@example.com', 'Eve', PASSWORD);
  for (const v of storedSecrets(accounts, 'eve@example.com')) {
    for (const salt of saltCandidates(v)) {
      const pw = Buffer.from(PASSWORD);
      const s = Buffer.isBuffer(salt) ? salt : Buffer.from(salt);
      for (const input of [Buffer.concat([s, pw]), Buffer.concat([pw, s])]) {
        for (const d of digests(input)) assert.ok(!v.includes(d), 'stored value is a fast salted digest');
      }
      for (const alg of FAST) {
        for (const d of encodings(crypto.createHmac(alg, s).update(pw).digest())) assert.ok(!v.includes(d), 'stored value is a single HMAC');
      }
    }
  }
});
