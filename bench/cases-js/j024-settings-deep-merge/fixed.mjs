/**
 * Workspace settings: defaults deep-merged with the JSON document a workspace
 * admin saves from the settings page (PUT /api/settings).
 */

export const DEFAULT_SETTINGS = Object.freeze({
  theme: { mode: 'light', accent: '#3367d6' },
  notifications: { email: true, slack: false, digest: { enabled: true, hour: 8 } },
  features: { betaEditor: false },
  locale: 'en-US',
});

/**
 * True for plain objects (not arrays, not null).
 * @param {unknown} value
 */
function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Keys that would reach Object.prototype (or a constructor) instead of data.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Recursively merges `source` into `target` (mutates and returns `target`).
 * Arrays and primitives in `source` replace the value in `target`.
 * Prototype-related keys are skipped and only own properties of `target`
 * are descended into, so the merge cannot pollute Object.prototype.
 * @param {object} target
 * @param {object} source
 */
export function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN_KEYS.has(key)) {
      continue;
    }
    const incoming = source[key];
    if (isObject(incoming)) {
      if (!Object.prototype.hasOwnProperty.call(target, key) || !isObject(target[key])) {
        target[key] = {};
      }
      deepMerge(target[key], incoming);
    } else {
      target[key] = incoming;
    }
  }
  return target;
}

/**
 * Builds effective settings from the saved JSON document.
 * @param {string} json body of the PUT request
 */
export function loadSettings(json) {
  const overrides = JSON.parse(json);
  if (!isObject(overrides)) {
    throw new TypeError('settings must be a JSON object');
  }
  return deepMerge(structuredClone(DEFAULT_SETTINGS), overrides);
}
