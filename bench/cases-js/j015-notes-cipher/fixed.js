'use strict';
/**
 * Encryption of customer notes at rest (CRM service).
 *
 * The key is configured as 32 hex characters in NOTES_ENCRYPTION_KEY.
 * Notes are encrypted with AES-128-GCM (authenticated encryption) and a fresh
 * random 96-bit IV per note; the stored value is base64(iv | tag | ciphertext).
 */
const crypto = require('crypto');

const ALGORITHM = 'aes-128-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Loads the 16-byte notes key from the environment.
 * @returns {Buffer}
 */
function loadKey() {
  const hex = process.env.NOTES_ENCRYPTION_KEY || '';
  const key = Buffer.from(hex, 'hex');
  if (key.length !== 16) {
    throw new Error('NOTES_ENCRYPTION_KEY must be 32 hex characters');
  }
  return key;
}

/**
 * Encrypts a note for storage.
 * @param {string} plaintext
 * @returns {string} base64 of iv | auth tag | ciphertext
 */
function encryptNote(plaintext) {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv(ALGORITHM, loadKey(), iv);
  const encrypted = Buffer.concat([cipher.update(String(plaintext), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');
}

/**
 * Decrypts a stored note; throws when the value was tampered with.
 * @param {string} stored value produced by encryptNote
 * @returns {string}
 */
function decryptNote(stored) {
  const raw = Buffer.from(stored, 'base64');
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const body = raw.subarray(IV_BYTES + TAG_BYTES);
  const decipher = crypto.createDecipheriv(ALGORITHM, loadKey(), iv);
  decipher.setAuthTag(tag);
  const decrypted = Buffer.concat([decipher.update(body), decipher.final()]);
  return decrypted.toString('utf8');
}

/** Repository wrapper that keeps notes encrypted in memory/storage. */
class NotesRepository {
  constructor() {
    this.rows = new Map();
  }

  save(customerId, text) {
    this.rows.set(customerId, encryptNote(text));
  }

  read(customerId) {
    const stored = this.rows.get(customerId);
    return stored === undefined ? null : decryptNote(stored);
  }
}

module.exports = { encryptNote, decryptNote, NotesRepository };
