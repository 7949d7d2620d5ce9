'use strict';
const { spawn } = require('child_process');
const express = require('express');

/**
 * Ping a host a few times and collect the output.
 * @param {string} host hostname or IP address
 * @param {number} [count]
 * @returns {Promise<{ code: number, output: string }>}
 */
function pingHost(host, count = 3) {
  const attempts = Math.min(Math.max(parseInt(count, 10) || 3, 1), 10);
  return new Promise((resolve, reject) => {
    const child = spawn('ping', ['-c', String(attempts), host], { shell: true });
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
