'use strict';
/**
 * Network diagnostics API: GET /api/diagnostics/ping?host=example.com
 * Pings a host once and reports whether it answered and the round-trip time.
 */
const express = require('../stubs/express');
const net = require('net');
const { execFile } = require('child_process');

const app = express();
app.use(express.json());

const HOSTNAME_RE = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * True for an IP address or a DNS host name (no options, no shell syntax).
 * @param {string} host
 */
function isValidHost(host) {
  return net.isIP(host) !== 0 || HOSTNAME_RE.test(host);
}

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
 * Runs a single ping against `host` (no shell involved).
 * @param {string} host
 * @returns {Promise<{host: string, reachable: boolean, latencyMs: number|null}>}
 */
function pingHost(host) {
  return new Promise((resolve, reject) => {
    if (!isValidHost(host)) {
      reject(new Error('Invalid host'));
      return;
    }
    execFile('ping', ['-c', '1', '-W', '2', host], { timeout: 5000 }, (error, stdout) => {
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
  if (!isValidHost(host)) {
    return res.status(400).json({ error: 'Invalid host' });
  }
  const result = await pingHost(host);
  return res.json(result);
}

app.get('/api/diagnostics/ping', pingRoute);

module.exports = { app, pingRoute, pingHost, parseLatency };
