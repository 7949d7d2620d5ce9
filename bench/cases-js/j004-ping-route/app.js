'use strict';
/**
 * Network diagnostics API: GET /api/diagnostics/ping?host=example.com
 * Pings a host once and reports whether it answered and the round-trip time.
 */
const express = require('../stubs/express');
const { exec } = require('child_process');

const app = express();
app.use(express.json());

/**
 * Extracts the round-trip time in milliseconds from ping output.
 * @param {string} output
 * @returns {number|null}
 */
function parseLatency(output) {
  const match = /time[=<]([\d.]+)\s*ms/.exec(output);
  return match ? Number(match[1]) : null;
}

/**
 * Runs a single ping against `host`.
 * @param {string} host
 * @returns {Promise<{host: string, reachable: boolean, latencyMs: number|null}>}
 */
function pingHost(host) {
  return new Promise((resolve) => {
    exec('ping -c 1 -W 2 ' + host, { timeout: 5000 }, (error, stdout) => {
      if (error) {
        resolve({ host, reachable: false, latencyMs: null });
        return;
      }
      resolve({ host, reachable: true, latencyMs: parseLatency(stdout) });
    });
  });
}

/**
 * Express handler for the ping endpoint.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
async function pingRoute(req, res) {
  const host = String(req.query.host || '').trim();
  if (!host) {
    return res.status(400).json({ error: 'Query parameter "host" is required' });
  }
  const result = await pingHost(host);
  return res.json(result);
}

app.get('/api/diagnostics/ping', pingRoute);

module.exports = { app, pingRoute, pingHost, parseLatency };
