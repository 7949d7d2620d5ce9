'use strict';
const axios = require('axios');
const dns = require('dns');
const express = require('express');
const net = require('net');

const MAX_BYTES = 512 * 1024;

/** Loopback, private, link-local, CGNAT, multicast and reserved ranges. */
const blocked = new net.BlockList();
for (const [addr, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]]) {
  blocked.addSubnet(addr, prefix, 'ipv4');
}
for (const [addr, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]]) {
  blocked.addSubnet(addr, prefix, 'ipv6');
}

/**
 * Resolve the URL's host and refuse anything that is not a public address.
 * @param {string} raw
 * @returns {Promise<URL>}
 */
async function assertPublicUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('unsupported protocol');
  if (url.username || url.password) throw new Error('credentials in url');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await dns.promises.lookup(host, { all: true });
  for (const { address } of addresses) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    const ip = mapped ? mapped[1] : address;
    if (blocked.check(ip, net.isIPv6(ip) ? 'ipv6' : 'ipv4')) throw new Error('address not allowed');
  }
  return url;
}

/**
 * Pull title and description out of an HTML document.
 * @param {string} html
 */
function extractPreview(html) {
  const pick = (re) => {
    const m = re.exec(html);
    return m ? m[1].trim() : null;
  };
  return {
    title: pick(/<meta\s+property="og:title"\s+content="([^"]*)"/i) || pick(/<title[^>]*>([^<]*)<\/title>/i),
    description: pick(/<meta\s+(?:name="description"|property="og:description")\s+content="([^"]*)"/i),
  };
}

/**
 * GET /api/preview?url=https://example.com/post
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
async function previewHandler(req, res) {
  const target = String(req.query.url || '');
  if (!/^https?:\/\//i.test(target)) {
    return res.status(400).json({ error: 'url must be http(s)' });
  }
  try {
    await assertPublicUrl(target);
  } catch {
    return res.status(400).json({ error: 'url is not allowed' });
  }
  try {
    const response = await axios.get(target, {
      timeout: 5000,
      maxContentLength: MAX_BYTES,
      maxRedirects: 0,
      responseType: 'text',
      headers: { 'User-Agent': 'LinkPreviewBot/1.0' },
    });
    const preview = extractPreview(String(response.data));
    return res.json({ url: target, ...preview });
  } catch (err) {
    return res.status(502).json({ error: 'could not fetch url' });
  }
}

const router = express.Router();
router.get('/api/preview', previewHandler);

module.exports = { extractPreview, previewHandler, router };
