import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import net from 'node:net';

// Loopback, private, link-local (cloud metadata), CGNAT, multicast and reserved ranges.
const BLOCKED = new net.BlockList();
for (const [addr, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]]) {
  BLOCKED.addSubnet(addr, bits, 'ipv4');
}
for (const [addr, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]]) {
  BLOCKED.addSubnet(addr, bits, 'ipv6');
}

function isBlockedAddress(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  if (/^::ffff:/i.test(address)) return true;
  return BLOCKED.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** True when every address the host name resolves to is a public one. */
async function isPublicHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  return addresses.length > 0 && !addresses.some(isBlockedAddress);
}

/** Sample event sent by the "Send test event" button in the webhook settings page. */
const SAMPLE_EVENT = {
  type: 'order.created',
  data: { orderId: 'ord_test_0001', totalCents: 4200, currency: 'EUR' },
  test: true,
};

/**
 * POST /webhooks/test  { url, secret? }
 * Delivers a signed sample event to the merchant's endpoint and reports what came back.
 */
export async function sendTestEvent(req, res) {
  const { url, secret } = req.body ?? {};

  let target;
  try {
    target = new URL(url);
  } catch {
    return res.status(400).json({ error: 'url must be an absolute http(s) URL' });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return res.status(400).json({ error: 'url must be an absolute http(s) URL' });
  }

  let allowed = false;
  try {
    allowed = await isPublicHost(target.hostname);
  } catch {
    allowed = false;
  }
  if (!allowed) {
    return res.status(400).json({ error: 'url must point to a public host' });
  }

  const body = JSON.stringify({ ...SAMPLE_EVENT, sentAt: new Date().toISOString() });
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Shoplane-Webhooks/1.0',
  };
  if (secret) {
    headers['x-shoplane-signature'] = createHmac('sha256', secret).update(body).digest('hex');
  }

  const started = performance.now();
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
    });
    const text = await response.text();
    return res.json({
      delivered: response.ok,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      responseSnippet: text.slice(0, 500),
    });
  } catch (err) {
    return res.status(502).json({ delivered: false, error: `delivery failed: ${err.message}` });
  }
}
