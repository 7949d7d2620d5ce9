/**
 * Password-reset tokens for the account service.
 *
 * A token is e-mailed to the user as part of a link and can be used once
 * within RESET_TOKEN_TTL_MS.
 */

export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

/**
 * Generates a random token string for reset links.
 * @returns {string}
 */
export function generateToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export class PasswordResetService {
  /** @param {{now?: () => number}} [options] */
  constructor(options = {}) {
    this.now = options.now || (() => Date.now());
    /** @type {Map<string, {userId: string, expiresAt: number}>} */
    this.tokens = new Map();
  }

  /**
   * Creates a reset token for a user.
   * @param {string} userId
   * @returns {{token: string, expiresAt: number}}
   */
  createToken(userId) {
    const token = generateToken();
    const expiresAt = this.now() + RESET_TOKEN_TTL_MS;
    this.tokens.set(token, { userId, expiresAt });
    return { token, expiresAt };
  }

  /**
   * Builds the link sent in the reset e-mail.
   * @param {string} baseUrl e.g. https://app.example.com
   * @param {string} userId
   */
  createResetLink(baseUrl, userId) {
    const { token } = this.createToken(userId);
    return `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
  }

  /**
   * Consumes a token; returns the user id, or null when unknown/expired/used.
   * @param {string} token
   */
  consume(token) {
    const entry = this.tokens.get(token);
    if (!entry) return null;
    this.tokens.delete(token);
    return entry.expiresAt > this.now() ? entry.userId : null;
  }
}
