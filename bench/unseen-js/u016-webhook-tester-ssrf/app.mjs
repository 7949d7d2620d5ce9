import { createHmac } from 'node:crypto';

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
