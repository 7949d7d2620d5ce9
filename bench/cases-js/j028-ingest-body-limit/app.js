'use strict';
/**
 * Event ingestion endpoint for the analytics collector (plain node:http).
 * POST /ingest with {"events": [...]} -> 202 {"accepted": n}
 */
const http = require('http');

const stats = { requests: 0, accepted: 0 };

/**
 * Reads the request body and parses it as JSON.
 * @param {http.IncomingMessage} req
 * @returns {Promise<any>}
 */
function readJsonBody(req) {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      if (!raw) {
        resolve({});
        return;
      }
      try {
        resolve(JSON.parse(raw));
      } catch (err) {
        reject(Object.assign(new Error('Invalid JSON body'), { statusCode: 400 }));
      }
    });
    req.on('error', reject);
  });
}

/**
 * Sends a JSON response.
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {object} payload
 * @param {object} [headers]
 */
function sendJson(res, status, payload, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

/**
 * Request handler for the collector.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
async function handleIngest(req, res) {
  if (req.method !== 'POST' || req.url !== '/ingest') {
    sendJson(res, 404, { error: 'Not found' });
    return;
  }
  stats.requests += 1;
  try {
    const body = await readJsonBody(req);
    const events = Array.isArray(body.events) ? body.events : [];
    stats.accepted += events.length;
    sendJson(res, 202, { accepted: events.length });
  } catch (err) {
    sendJson(res, err.statusCode || 500, { error: err.message });
  }
}

const server = http.createServer(handleIngest);

module.exports = { server, handleIngest, readJsonBody, stats };
