/**
 * Link previews for the chat app: GET /api/unfurl?url=https://example.com/article
 * Fetches the page and returns its title, description and preview image.
 *
 * Only public http(s) URLs are fetched: the host name is resolved first and
 * every address must be a public unicast address; redirects are followed by
 * hand (at most MAX_REDIRECTS) and each hop is checked again.
 */
import dns from 'node:dns';
import net from 'node:net';

const MAX_HTML_CHARS = 512 * 1024;
const FETCH_TIMEOUT_MS = 5000;
const MAX_REDIRECTS = 3;

// Non-public ranges. net.BlockList also matches IPv4-mapped IPv6 addresses
// (::ffff:a.b.c.d) against the IPv4 rules.
const BLOCKED = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
]) BLOCKED.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
]) BLOCKED.addSubnet(prefix, bits, 'ipv6');

class BlockedUrlError extends Error {}

/**
 * True when `address` is a public unicast IP address.
 * @param {string} address
 */
function isPublicAddress(address) {
  const family = net.isIP(address);
  if (family === 0) return false;
  return !BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Parses `raw` and checks that it is an http(s) URL whose host resolves only
 * to public addresses.
 * @param {string} raw
 * @param {string|URL} [base]
 * @returns {Promise<URL>}
 */
async function assertPublicUrl(raw, base) {
  let url;
  try {
    url = new URL(raw, base);
  } catch {
    throw new BlockedUrlError('invalid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedUrlError('only http(s) URLs');
  if (url.username || url.password) throw new BlockedUrlError('credentials in URL');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host)
    ? [{ address: host }]
    : await dns.promises.lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) {
    throw new BlockedUrlError('URL points to a non-public address');
  }
  return url;
}

/**
 * Reads a <meta property|name="..."> value from HTML.
 * @param {string} html
 * @param {string} key
 */
function metaContent(html, key) {
  const re = new RegExp(`<meta[^>]+(?:property|name)=["']${key}["'][^>]*content=["']([^"']*)["']`, 'i');
  const match = re.exec(html);
  return match ? match[1].trim() : null;
}

/**
 * Extracts preview fields from an HTML document.
 * @param {string} html
 * @returns {{title: string|null, description: string|null, image: string|null}}
 */
export function extractPreview(html) {
  const titleTag = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  return {
    title: metaContent(html, 'og:title') || (titleTag ? titleTag[1].trim() : null),
    description: metaContent(html, 'og:description') || metaContent(html, 'description'),
    image: metaContent(html, 'og:image'),
  };
}

/**
 * Downloads a page and builds its preview.
 * @param {string} targetUrl
 */
export async function fetchPreview(targetUrl) {
  let url = await assertPublicUrl(targetUrl);
  let response;
  for (let hop = 0; ; hop++) {
    response = await fetch(url, {
      headers: { 'User-Agent': 'AcmeChatBot/1.0 (+https://acme.example/bot)' },
      redirect: 'manual',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) break;
    if (hop >= MAX_REDIRECTS) throw new Error('too many redirects');
    url = await assertPublicUrl(location, url);
  }
  if (!response.ok) {
    throw new Error(`upstream answered ${response.status}`);
  }
  const contentType = response.headers.get('content-type') || '';
  if (!contentType.includes('text/html')) {
    return { url: targetUrl, title: null, description: null, image: null };
  }
  const html = (await response.text()).slice(0, MAX_HTML_CHARS);
  return { url: targetUrl, ...extractPreview(html) };
}

/**
 * Express handler for the unfurl endpoint.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
export async function unfurlHandler(req, res) {
  const { url } = req.query;
  if (typeof url !== 'string' || !url) {
    return res.status(400).json({ error: 'url query parameter is required' });
  }
  try {
    const preview = await fetchPreview(url);
    return res.json(preview);
  } catch (err) {
    if (err instanceof BlockedUrlError) {
      return res.status(400).json({ error: 'This link cannot be previewed' });
    }
    return res.status(502).json({ error: 'Could not fetch a preview for this link' });
  }
}
