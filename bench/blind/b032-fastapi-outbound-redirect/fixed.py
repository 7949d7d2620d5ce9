"""Tracked outbound links for the newsletter.

Links in the e-mails point at ``/out?to=<url>&campaign=<id>`` so clicks can be
counted before the reader is forwarded to the partner site.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import RedirectResponse

app = FastAPI(title="Newsletter link tracker")

ALLOWED_HOSTS = ("shop.example.com", "help.example.com", "blog.example.org")

click_counts: Counter = Counter()


def is_allowed_destination(url: str) -> bool:
    """Only absolute http(s) URLs whose host is exactly one of ALLOWED_HOSTS."""
    if "\\" in url or any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or parts.username or parts.password:
        return False
    return host is not None and host in ALLOWED_HOSTS


@app.get("/out")
def outbound(to: str = Query(..., min_length=1), campaign: Optional[str] = None) -> RedirectResponse:
    """Count the click and forward the reader to the destination URL."""
    destination = to.strip()
    if not is_allowed_destination(destination):
        raise HTTPException(status_code=400, detail="Destination not allowed")
    click_counts[(campaign or "direct", destination)] += 1
    return RedirectResponse(url=destination, status_code=302)


@app.get("/stats")
def stats() -> dict:
    return {"clicks": sum(click_counts.values())}
