"""Image proxy: fetches remote images so the frontend can show thumbnails over HTTPS."""
from __future__ import annotations

from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

ALLOWED_IMAGE_HOSTS = {"images.example.com", "cdn.example.com"}
MAX_IMAGE_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT = 10.0

app = FastAPI(title="Image proxy")


@app.get("/proxy/image")
async def proxy_image(url: str = Query(..., min_length=8, max_length=2048)) -> Response:
    """Fetch the image at ``url`` and return its bytes with the upstream content type."""
    parts = urlsplit(url)
    if parts.scheme != "https" or (parts.hostname or "").lower() not in ALLOWED_IMAGE_HOSTS:
        raise HTTPException(status_code=400, detail="image host not allowed")
    if parts.username or parts.password:
        raise HTTPException(status_code=400, detail="credentials in URL not allowed")
    # No redirects: a redirect could lead the fetch away from the allowed hosts.
    async with httpx.AsyncClient(timeout=FETCH_TIMEOUT, follow_redirects=False) as client:
        try:
            upstream = await client.get(url)
        except httpx.HTTPError as exc:
            raise HTTPException(status_code=502, detail=f"fetch failed: {exc}") from exc
    if upstream.status_code != 200:
        raise HTTPException(status_code=502, detail="upstream returned an error")
    content_type = upstream.headers.get("content-type", "")
    if not content_type.startswith("image/"):
        raise HTTPException(status_code=415, detail="not an image")
    if len(upstream.content) > MAX_IMAGE_BYTES:
        raise HTTPException(status_code=413, detail="image too large")
    return Response(content=upstream.content, media_type=content_type)
