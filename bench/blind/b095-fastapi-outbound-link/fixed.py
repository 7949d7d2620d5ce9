"""Click-tracking redirector for links in the Acme newsletter."""
from __future__ import annotations

from collections import Counter
from typing import Dict
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import RedirectResponse

PARTNER_HOSTS = ("acme.io", "docs.acme.io", "shop.acme-partners.com")
DEFAULT_TARGET = "https://acme.io/"

app = FastAPI(title="Newsletter link tracker")
click_counts: Counter = Counter()


def _is_partner_link(url: str) -> bool:
    if any(ord(ch) < 33 or ch == "\\" for ch in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and host in PARTNER_HOSTS and not parts.username


@app.get("/out")
def follow_link(to: str = Query(DEFAULT_TARGET), campaign: str = "none") -> RedirectResponse:
    """Count the click for ``campaign`` and send the reader to ``to``."""
    target = to.strip()
    if not _is_partner_link(target):
        raise HTTPException(status_code=400, detail="Unknown link target")
    click_counts[campaign] += 1
    return RedirectResponse(url=target, status_code=307)


@app.get("/stats")
def stats() -> Dict[str, int]:
    return dict(click_counts)
