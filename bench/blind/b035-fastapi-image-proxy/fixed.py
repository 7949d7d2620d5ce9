"""Image proxy for the storefront: serves partner CDN images from our origin.

Product pages reference ``/img?src=<cdn url>`` so images are delivered over
our own domain with our caching headers.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

app = FastAPI(title="Image proxy")

ALLOWED_IMAGE_HOSTS = frozenset({"images.partnercdn.com", "media.supplier.example.com"})
MAX_IMAGE_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


def _is_allowed_source(source_url: str) -> bool:
    """Only http(s) URLs on one of the partner image hosts may be fetched."""
    try:
        parts = urlsplit(source_url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or parts.username or parts.password:
        return False
    return host in ALLOWED_IMAGE_HOSTS


async def fetch_image(source_url: str) -> httpx.Response:
    """Download the upstream image."""
    async with httpx.AsyncClient(timeout=FETCH_TIMEOUT, follow_redirects=False) as client:
        return await client.get(source_url, headers={"Accept": "image/*"})


@app.get("/img")
async def proxy_image(src: str = Query(..., min_length=8)) -> Response:
    """Fetch ``src`` and return it with long-lived cache headers."""
    if not _is_allowed_source(src):
        raise HTTPException(status_code=400, detail="Image host not allowed")
    try:
        upstream = await fetch_image(src)
    except httpx.HTTPError:
        raise HTTPException(status_code=502, detail="Upstream fetch failed")
    if upstream.status_code != 200:
        raise HTTPException(status_code=502, detail=f"Upstream returned {upstream.status_code}")
    content_type = upstream.headers.get("content-type", "application/octet-stream")
    if len(upstream.content) > MAX_IMAGE_BYTES:
        raise HTTPException(status_code=413, detail="Image too large")
    return Response(
        content=upstream.content,
        media_type=content_type,
        headers={"Cache-Control": "public, max-age=86400"},
    )
