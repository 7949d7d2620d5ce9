"""Image proxy used by the forum to embed avatars and attachments over HTTPS."""
from __future__ import annotations

from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

ALLOWED_IMAGE_HOSTS = frozenset({"images.unsplash.com", "i.imgur.com", "cdn.forum-assets.net"})
MAX_BYTES = 5 * 1024 * 1024
CACHE_HEADER = "public, max-age=86400"

app = FastAPI(title="Forum image proxy")


async def fetch_image(src: str) -> httpx.Response:
    """Download ``src`` with a short timeout."""
    async with httpx.AsyncClient(timeout=10.0) as client:
        return await client.get(src, headers={"Accept": "image/*"})


@app.get("/img")
async def proxy_image(src: str = Query(..., min_length=8)) -> Response:
    """Return the bytes of the remote image at ``src``."""
    image_url = src.strip()
    try:
        parts = urlsplit(image_url)
        host = parts.hostname
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid image URL")
    if parts.scheme not in ("http", "https") or host not in ALLOWED_IMAGE_HOSTS or parts.username:
        raise HTTPException(status_code=400, detail="image host not allowed")
    try:
        upstream = await fetch_image(image_url)
    except httpx.HTTPError:
        raise HTTPException(status_code=502, detail="upstream fetch failed")
    content_type = upstream.headers.get("content-type", "")
    if upstream.status_code != 200 or not content_type.startswith("image/"):
        raise HTTPException(status_code=502, detail="upstream did not return an image")
    if len(upstream.content) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="image too large")
    return Response(
        content=upstream.content,
        media_type=content_type,
        headers={"Cache-Control": CACHE_HEADER},
    )
