'use strict';

const DEFAULT_SETTINGS = {
  theme: 'light',
  language: 'en',
  notifications: { email: true, sms: false, digest: 'weekly' },
};

/** @param {unknown} value */
function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Recursively merge `source` into `target` (arrays and scalars are replaced).
 * @param {Record<string, any>} target
 * @param {Record<string, any>} source
 * @returns {Record<string, any>} target
 */
function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isPlainObject(value)) {
      if (!(key in target)) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

/**
 * Per-user settings kept in memory.
 */
class SettingsStore {
  constructor() {
    /** @type {Map<string, Record<string, any>>} */
    this.byUser = new Map();
  }

  get(userId) {
    if (!this.byUser.has(userId)) this.byUser.set(userId, structuredClone(DEFAULT_SETTINGS));
    return this.byUser.get(userId);
  }

  /**
   * Apply a JSON patch body sent by the settings page.
   * @param {string} userId
   * @param {string} body raw JSON text
   */
  update(userId, body) {
    const patch = JSON.parse(body);
    if (!isPlainObject(patch)) throw new TypeError('settings patch must be an object');
    const current = this.get(userId);
    return deepMerge(current, patch);
  }
}

/** PATCH /settings handler (body parsed as text). */
function createSettingsHandler(store) {
  return (req, res) => {
    try {
      res.json(store.update(req.user.id, req.body));
    } catch (err) {
      res.status(400).json({ error: 'invalid settings' });
    }
  };
}

module.exports = { deepMerge, SettingsStore, createSettingsHandler, DEFAULT_SETTINGS };
