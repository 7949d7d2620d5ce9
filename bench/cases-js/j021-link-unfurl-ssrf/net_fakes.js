'use strict';
// Test-only: a fake DNS (node:dns lookup) and a fake global fetch, so that no
// request or DNS query leaves the machine. Every URL given to fetch is recorded.
const dns = require('node:dns');
const { syncBuiltinESMExports } = require('node:module');
const net = require('node:net');

const HOSTS = {
  'example.com': '93.184.216.34',
  'www.example.com': '93.184.216.34',
  'short.example': '93.184.216.35',
  'internal.acme.example': '10.0.0.7',
  'metadata.google.internal': '169.254.169.254',
  localhost: '127.0.0.1',
};

const ARTICLE = `<!doctype html><html><head><title>Fallback title</title>
<meta property="og:title" content="Rust 2.0 released">
<meta property="og:description" content="What is new in the release">
<meta property="og:image" content="https://example.com/cover.png">
</head><body>...</body></html>`;

const PAGES = {
  'https://example.com/article': { status: 200, type: 'text/html; charset=utf-8', body: ARTICLE },
  'https://www.example.com/plain': { status: 200, type: 'text/html', body: '<html><head><title> Plain page </title><meta name="description" content="Just text"></head></html>' },
  'https://example.com/report.pdf': { status: 200, type: 'application/pdf', body: '%PDF-1.7' },
  'https://short.example/abc': { status: 302, location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
  'https://short.example/local': { status: 301, location: 'http://localhost:8080/admin' },
};

function resolveHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) return host;
  return HOSTS[host.toLowerCase()] || null;
}

function lookupResult(hostname, options) {
  const address = resolveHost(hostname);
  if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
  const entry = { address, family: net.isIP(address) };
  const all = typeof options === 'object' && options && options.all;
  return all ? [entry] : entry;
}

function installNetFakes() {
  const fetched = [];
  dns.lookup = (hostname, options, callback) => {
    if (typeof options === 'function') { callback = options; options = {}; }
    let r;
    try { r = lookupResult(hostname, options); } catch (err) { setImmediate(() => callback(err)); return; }
    setImmediate(() => (Array.isArray(r) ? callback(null, r) : callback(null, r.address, r.family)));
  };
  dns.promises.lookup = async (hostname, options) => lookupResult(hostname, options);
  require('node:dns/promises').lookup = dns.promises.lookup;
  syncBuiltinESMExports();

  globalThis.fetch = async function fakeFetch(input, init = {}) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const href = new URL(url).href;
    fetched.push(href);
    const host = new URL(href).hostname;
    const address = resolveHost(host);
    let page = PAGES[href];
    if (!page && address && isPrivate(address)) page = { status: 200, type: 'text/html', body: '<title>INTERNAL-SECRET</title>' };
    if (!page) page = { status: 404, type: 'text/plain', body: 'not found' };
    if (page.location) {
      if (init.redirect === 'manual') return new Response(null, { status: page.status, headers: { location: page.location } });
      if (init.redirect === 'error') throw new TypeError('fetch failed: redirect');
      return fakeFetch(new URL(page.location, href).href, init);
    }
    return new Response(page.body, { status: page.status, headers: { 'content-type': page.type } });
  };
  return { fetched };
}

/** True for loopback, private, link-local, CGNAT, unspecified and unique-local addresses. */
function isPrivate(address) {
  if (net.isIPv4(address)) {
    const [a, b] = address.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
      || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80') || v6.startsWith('::ffff:');
}

/** True when the URL's host is, or resolves (in the fake DNS) to, a non-public address. */
function isInternalUrl(href) {
  const address = resolveHost(new URL(href).hostname);
  return address !== null && isPrivate(address);
}

module.exports = { installNetFakes, isInternalUrl };
