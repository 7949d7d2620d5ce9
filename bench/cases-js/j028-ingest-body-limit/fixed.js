'use strict';
/**
 * Event ingestion endpoint for the analytics collector (plain node:http).
 * POST /ingest with {"events": [...]} -> 202 {"accepted": n}
 */
const http = require('http');

const stats = { requests: 0, accepted: 0 };
const MAX_BODY_BYTES = 1024 * 1024; // 1 MiB

/**
 * Reads the request body (at most `limit` bytes) and parses it as JSON.
 * Larger bodies are refused with status 413 without buffering them.
 * @param {http.IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<any>}
 */
function readJsonBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const tooLarge = () => Object.assign(new Error('Request body too large'), { statusCode: 413 });
    const declared = Number(req.headers && req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume(); // discard the body
      reject(tooLarge());
      return;
    }
    const chunks = [];
    let received = 0;
    let aborted = false;
    const onData = (chunk) => {
      received += chunk.length;
      if (received > limit) {
        aborted = true;
        chunks.length = 0;
        req.removeListener('data', onData);
        req.resume(); // keep draining without storing
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (aborted) return;
      const raw = Buffer.concat(chunks).toString('utf8');
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
    const headers = err.statusCode === 413 ? { Connection: 'close' } : {};
    sendJson(res, err.statusCode || 500, { error: err.message }, headers);
  }
}

const server = http.createServer(handleIngest);

module.exports = { server, handleIngest, readJsonBody, stats };
