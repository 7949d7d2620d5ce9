'use strict';
const { spawn } = require('child_process');
const express = require('express');

// Hostnames, IPv4 and IPv6 literals; nothing a shell or ping option parser would act on.
const HOST_PATTERN = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9.:-]*[A-Za-z0-9])?$/;

/**
 * Ping a host a few times and collect the output.
 * @param {string} host hostname or IP address
 * @param {number} [count]
 * @returns {Promise<{ code: number, output: string }>}
 */
function pingHost(host, count = 3) {
  const attempts = Math.min(Math.max(parseInt(count, 10) || 3, 1), 10);
  return new Promise((resolve, reject) => {
    if (!HOST_PATTERN.test(String(host))) {
      reject(new TypeError(`invalid host: ${host}`));
      return;
    }
    const child = spawn('ping', ['-c', String(attempts), String(host)]);
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * GET /diagnostics/ping?host=example.com&count=3
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
async function pingHandler(req, res) {
  const host = String(req.query.host || '').trim();
  if (!host) {
    return res.status(400).json({ error: 'host is required' });
  }
  if (!HOST_PATTERN.test(host)) {
    return res.status(400).json({ error: 'invalid host' });
  }
  try {
    const result = await pingHost(host, req.query.count);
    return res.json({ host, reachable: result.code === 0, output: result.output });
  } catch (err) {
    return res.status(500).json({ error: 'ping failed' });
  }
}

const router = express.Router();
router.get('/diagnostics/ping', pingHandler);

module.exports = { pingHost, pingHandler, router };
