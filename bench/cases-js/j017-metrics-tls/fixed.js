'use strict';
/**
 * Client for the internal metrics gateway (HTTPS, JSON batches).
 *
 * The gateway runs on the ops network behind a certificate issued by the
 * internal CA. Certificate verification stays on; the CA bundle can be given
 * as `ca` or through METRICS_CA_FILE.
 */
const fs = require('fs');
const https = require('https');

class MetricsClient {
  /**
   * @param {{host: string, port?: number, apiKey: string, timeoutMs?: number, ca?: string|Buffer}} options
   */
  constructor({ host, port = 8443, apiKey, timeoutMs = 5000, ca }) {
    this.host = host;
    this.port = port;
    this.apiKey = apiKey;
    this.timeoutMs = timeoutMs;
    this.ca = ca || (process.env.METRICS_CA_FILE ? fs.readFileSync(process.env.METRICS_CA_FILE) : undefined);
  }

  /**
   * Builds the request options for a POST to `path`.
   * @param {string} path
   * @param {number} length body length in bytes
   */
  requestOptions(path, length) {
    const options = {
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
    };
    if (this.ca) {
      options.ca = this.ca; // trust the internal CA in addition to verification
    }
    return options;
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
