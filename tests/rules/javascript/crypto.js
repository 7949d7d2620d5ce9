const crypto = require("crypto");
const express = require("express");
const CryptoJS = require("crypto-js");

const app = express();
app.use(express.json());

function signature(payload) {
  // ruleid: js-weak-hash
  return crypto.createHash("md5").update(JSON.stringify(payload)).digest("hex");
}

function apiTokenDigest(token) {
  // ruleid: js-weak-hash
  const digest = crypto.createHash("sha1");
  return digest.update(token).digest("base64");
}

function contentDigest(body) {
  // ok: js-weak-hash
  return crypto.createHash("sha256").update(body).digest("hex");
}

function tmpName(filename) {
  // ok: js-weak-hash
  return `${filename}.${crypto.createHash("sha1").update(filename).update(String(process.pid)).digest("hex")}`;
}

app.get("/asset/:name", (req, res) => {
  const body = loadAsset(req.params.name);
  // ok: js-weak-hash
  const etag = crypto.createHash("md5").update(body).digest("hex");
  res.set("ETag", etag).send(body);
});

function gravatarUrl(email) {
  // ok: js-weak-hash
  const hash = crypto.createHash("md5").update(email.trim().toLowerCase()).digest("hex");
  return `https://www.gravatar.com/avatar/${hash}`;
}

app.post("/register", async (req, res) => {
  // ruleid: js-password-fast-hash
  const passwordHash = crypto.createHash("sha256").update(req.body.password).digest("hex");
  await saveUser(req.body.email, passwordHash);
  res.sendStatus(201);
});

function hashPassword(password, salt) {
  const h = crypto.createHash("sha512");
  // ruleid: js-password-fast-hash
  h.update(salt + password);
  return h.digest("hex");
}

function hashPasswordSafe(password) {
  const salt = crypto.randomBytes(16);
  // ok: js-password-fast-hash
  const key = crypto.scryptSync(password, salt, 64);
  return `${salt.toString("hex")}:${key.toString("hex")}`;
}

function hashResetToken(token) {
  // ok: js-password-fast-hash
  return crypto.createHash("sha256").update(token).digest("hex");
}

function encryptCard(number, key) {
  // ruleid: js-weak-cipher
  const cipher = crypto.createCipheriv("des-ede3-cbc", key, crypto.randomBytes(8));
  return cipher.update(number, "utf8", "hex") + cipher.final("hex");
}

function encryptBlock(data, key) {
  // ruleid: js-weak-cipher
  const cipher = crypto.createCipheriv("aes-256-ecb", key, null);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function legacyEncrypt(text, passphrase) {
  // ruleid: js-weak-cipher
  return CryptoJS.TripleDES.encrypt(text, passphrase).toString();
}

function encrypt(data, key) {
  const iv = crypto.randomBytes(12);
  // ok: js-weak-cipher
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return { iv, body, tag: cipher.getAuthTag() };
}

function encryptCbc(text, key, iv) {
  // ok: js-weak-cipher
  return CryptoJS.AES.encrypt(text, key, { iv, mode: CryptoJS.mode.CBC }).toString();
}

function createSession(user) {
  // ruleid: js-insecure-random-token
  const sessionId = Math.random().toString(36).slice(2);
  sessions.set(sessionId, user.id);
  return sessionId;
}

function generateResetToken(length = 32) {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let result = "";
  for (let i = 0; i < length; i++) {
    // ruleid: js-insecure-random-token
    result += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return result;
}

function invite(email) {
  return {
    email,
    // ruleid: js-insecure-random-token
    inviteCode: Math.floor(100000 + Math.random() * 900000),
  };
}

function createSessionSafe(user) {
  // ok: js-insecure-random-token
  const sessionId = crypto.randomBytes(32).toString("hex");
  sessions.set(sessionId, user.id);
  return sessionId;
}

function retryDelay(attempt) {
  // ok: js-insecure-random-token
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

function shuffle(items) {
  // ok: js-insecure-random-token
  return items.map((item) => ({ item, key: Math.random() })).sort((a, b) => a.key - b.key).map((x) => x.item);
}

// ruleid: js-insecure-random-token
const makeApiKey = () => Math.random().toString(36).substring(2) + Date.now().toString(36);

function randomPassword(length) {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  // ruleid: js-insecure-random-token
  return Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
}

function elementId(prefix) {
  // ok: js-insecure-random-token
  return `${prefix}-${Math.random().toString(36).slice(2)}`;
}

async function refreshToken(client) {
  // ok: js-insecure-random-token
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
  return client.refresh();
}

const NOTES_ALGORITHM = "aes-128-ecb";
const NOTES_GCM = "aes-256-gcm";

function encryptNote(key, text) {
  // ruleid: js-weak-cipher
  const cipher = crypto.createCipheriv(NOTES_ALGORITHM, key, null);
  return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
}

function encryptNoteGcm(key, iv, text) {
  // ok: js-weak-cipher
  const cipher = crypto.createCipheriv(NOTES_GCM, key, iv);
  return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
}

module.exports = { app, signature, apiTokenDigest, contentDigest, tmpName, gravatarUrl, hashPassword, hashPasswordSafe,
  hashResetToken, encryptCard, encryptBlock, legacyEncrypt, encrypt, encryptCbc, createSession, generateResetToken,
  invite, createSessionSafe, retryDelay, shuffle, makeApiKey, randomPassword, elementId, refreshToken };

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function generateInviteToken(length = 32) {
  let out = "";
  for (let i = 0; i < length; i += 1) {
    // ruleid: js-insecure-random-token
    const index = Math.floor(Math.random() * ALPHABET.length);
    out += ALPHABET[index];
  }
  return out;
}

function pickColor(colors) {
  // ok: js-insecure-random-token
  const index = Math.floor(Math.random() * colors.length);
  return colors[index];
}

module.exports.generateInviteToken = generateInviteToken;
module.exports.pickColor = pickColor;
