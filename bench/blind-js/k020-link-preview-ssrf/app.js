'use strict';
const axios = require('axios');
const express = require('express');

const MAX_BYTES = 512 * 1024;

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
    const response = await axios.get(target, {
      timeout: 5000,
      maxContentLength: MAX_BYTES,
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
