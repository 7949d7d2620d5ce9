'use strict';
/**
 * Encryption of customer notes at rest (CRM service).
 *
 * The key is configured as 32 hex characters in NOTES_ENCRYPTION_KEY.
 */
const crypto = require('crypto');

const ALGORITHM = 'aes-128-ecb';

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
 * @returns {string} base64 ciphertext
 */
function encryptNote(plaintext) {
  const cipher = crypto.createCipheriv(ALGORITHM, loadKey(), null);
  const encrypted = Buffer.concat([cipher.update(String(plaintext), 'utf8'), cipher.final()]);
  return encrypted.toString('base64');
}

/**
 * Decrypts a stored note.
 * @param {string} stored base64 ciphertext produced by encryptNote
 * @returns {string}
 */
function decryptNote(stored) {
  const decipher = crypto.createDecipheriv(ALGORITHM, loadKey(), null);
  const decrypted = Buffer.concat([decipher.update(Buffer.from(stored, 'base64')), decipher.final()]);
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
