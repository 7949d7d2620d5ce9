'use strict';
/**
 * Tenant sign-up: each workspace gets its own subdomain, e.g. "acme" or
 * "eu.acme" under .app.example.com.
 */

// Labels of letters/digits separated by single dots, optional trailing dot.
// Written without nested quantifiers so matching time stays linear.
const SUBDOMAIN_PATTERN = /^[a-z0-9]+(?:\.[a-z0-9]+)*\.?$/;
const RESERVED = new Set(['www', 'api', 'admin', 'mail', 'status']);
const MAX_LENGTH = 63;

/**
 * Lower-cases and trims user input.
 * @param {unknown} value
 */
function normalizeSubdomain(value) {
  return String(value ?? '').trim().toLowerCase();
}

/**
 * Checks whether a (normalised) subdomain is syntactically valid.
 * @param {string} name
 * @returns {boolean}
 */
function isValidSubdomain(name) {
  const candidate = normalizeSubdomain(name);
  if (candidate.length === 0 || candidate.length > MAX_LENGTH) {
    return false;
  }
  return SUBDOMAIN_PATTERN.test(candidate);
}

class TenantRegistry {
  constructor() {
    /** @type {Map<string, {subdomain: string, owner: string}>} */
    this.tenants = new Map();
  }

  /**
   * Registers a workspace.
   * @param {string} subdomain
   * @param {string} ownerEmail
   */
  register(subdomain, ownerEmail) {
    const name = normalizeSubdomain(subdomain);
    if (!isValidSubdomain(name)) {
      throw new Error('Subdomain may contain letters, digits and single dots');
    }
    if (RESERVED.has(name) || this.tenants.has(name)) {
      throw new Error('Subdomain is not available');
    }
    const tenant = { subdomain: name, owner: ownerEmail };
    this.tenants.set(name, tenant);
    return tenant;
  }
}

module.exports = { isValidSubdomain, normalizeSubdomain, TenantRegistry };
