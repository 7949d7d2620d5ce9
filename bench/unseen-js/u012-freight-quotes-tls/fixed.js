'use strict';
/**
 * Client for the FreightLink partner API (carrier rate quotes).
 */
const fs = require('fs');
const https = require('https');

const PARTNER_HOST = process.env.FREIGHTLINK_HOST || 'api.freightlink-partner.example';

// Keep-alive pool for the partner connection. FreightLink's gateway certificate is issued
// by their own CA: trust it explicitly (FREIGHTLINK_CA_FILE) instead of turning checks off.
const partnerAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 10,
  ...(process.env.FREIGHTLINK_CA_FILE ? { ca: fs.readFileSync(process.env.FREIGHTLINK_CA_FILE) } : {}),
});

/**
 * POST a JSON body to the partner API and resolve with the parsed JSON response.
 * @param {string} pathname
 * @param {object} body
 * @param {{ timeoutMs?: number }} [opts]
 */
function postJson(pathname, body, { timeoutMs = 8000 } = {}) {
  const payload = JSON.stringify(body);
  const options = {
    host: PARTNER_HOST,
    port: 443,
    path: pathname,
    method: 'POST',
    agent: partnerAgent,
    timeout: timeoutMs,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(payload),
      Authorization: `Bearer ${process.env.FREIGHTLINK_TOKEN || ''}`,
    },
  };

  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => {
        if (res.statusCode < 200 || res.statusCode >= 300) {
          reject(new Error(`FreightLink ${res.statusCode}: ${data.slice(0, 200)}`));
          return;
        }
        try {
          resolve(JSON.parse(data));
        } catch {
          reject(new Error('FreightLink returned invalid JSON'));
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('FreightLink request timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Cheapest-first carrier quotes for a parcel.
 * @param {{ from: string, to: string, weightKg: number }} shipment postcodes and weight
 */
async function getQuotes({ from, to, weightKg }) {
  const { quotes = [] } = await postJson('/v2/quotes', {
    origin_postcode: from,
    destination_postcode: to,
    weight_grams: Math.round(weightKg * 1000),
  });
  return quotes
    .map((q) => ({ carrier: q.carrier_name, priceCents: Math.round(q.price * 100), transitDays: q.transit_days }))
    .sort((a, b) => a.priceCents - b.priceCents);
}

module.exports = { getQuotes, postJson, partnerAgent };
