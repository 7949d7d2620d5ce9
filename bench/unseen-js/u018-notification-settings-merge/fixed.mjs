/**
 * Per-member notification settings for the project tracker.
 * PATCH /me/settings with a partial JSON document, e.g. { "email": { "digest": "weekly" } }
 */

export const DEFAULT_SETTINGS = {
  email: { mentions: true, assignments: true, digest: 'daily' },
  push: { enabled: false, quietHours: { start: '22:00', end: '07:00' } },
  mutedProjects: [],
  locale: 'en',
};

// Keys that would let a patch reach an object's prototype instead of the object.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Recursively copy `source` into `target`. Plain objects are merged key by key;
 * arrays and scalars replace what was there.
 * @template T
 * @param {T} target
 * @param {Record<string, unknown>} source
 * @returns {T}
 */
export function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const value = source[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (!Object.hasOwn(target, key) || target[key] === null || typeof target[key] !== 'object' || Array.isArray(target[key])) {
        target[key] = {};
      }
      deepMerge(target[key], value);
    } else {
      target[key] = Array.isArray(value) ? [...value] : value;
    }
  }
  return target;
}

/**
 * @param {Map<string, object>} store settings by user id
 */
export function createSettingsHandler(store) {
  return function updateSettings(req, res) {
    const userId = req.user?.id;
    if (!userId) return res.status(401).json({ error: 'not signed in' });

    const patch = req.body;
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
      return res.status(400).json({ error: 'body must be a JSON object' });
    }

    const current = store.get(userId) ?? structuredClone(DEFAULT_SETTINGS);
    const updated = deepMerge(current, patch);
    store.set(userId, updated);
    return res.json(updated);
  };
}
