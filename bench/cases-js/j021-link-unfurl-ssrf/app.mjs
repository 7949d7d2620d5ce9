/**
 * Link previews for the chat app: GET /api/unfurl?url=https://example.com/article
 * Fetches the page and returns its title, description and preview image.
 */

const MAX_HTML_CHARS = 512 * 1024;
const FETCH_TIMEOUT_MS = 5000;

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
  const response = await fetch(targetUrl, {
    headers: { 'User-Agent': 'AcmeChatBot/1.0 (+https://acme.example/bot)' },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
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
    return res.status(502).json({ error: 'Could not fetch a preview for this link' });
  }
}
