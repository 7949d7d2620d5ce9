'use strict';
/**
 * Client for the internal metrics gateway (HTTPS, JSON batches).
 *
 * The gateway runs on the ops network behind a self-signed certificate.
 */
const https = require('https');

class MetricsClient {
  /**
   * @param {{host: string, port?: number, apiKey: string, timeoutMs?: number}} options
   */
  constructor({ host, port = 8443, apiKey, timeoutMs = 5000 }) {
    this.host = host;
    this.port = port;
    this.apiKey = apiKey;
    this.timeoutMs = timeoutMs;
  }

  /**
   * Builds the request options for a POST to `path`.
   * @param {string} path
   * @param {number} length body length in bytes
   */
  requestOptions(path, length) {
    return {
      hostname: this.host,
      port: this.port,
      path,
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': length,
        Authorization: `Bearer ${this.apiKey}`,
      },
      timeout: this.timeoutMs,
      rejectUnauthorized: false, // gateway uses a self-signed certificate
    };
  }

  /**
   * Sends a batch of metrics.
   * @param {Array<{name: string, value: number, tags?: object}>} metrics
   * @returns {Promise<{status: number, body: string}>}
   */
  push(metrics) {
    const payload = JSON.stringify({ sentAt: new Date().toISOString(), metrics });
    const options = this.requestOptions('/v1/metrics', Buffer.byteLength(payload));
    return new Promise((resolve, reject) => {
      const req = https.request(options, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => { body += chunk; });
        res.on('end', () => {
          if (res.statusCode >= 400) reject(new Error(`metrics gateway returned ${res.statusCode}`));
          else resolve({ status: res.statusCode, body });
        });
      });
      req.on('timeout', () => req.destroy(new Error('metrics gateway timed out')));
      req.on('error', reject);
      req.write(payload);
      req.end();
    });
  }
}

module.exports = { MetricsClient };
