"""Tracked outbound links for the newsletter.

Links in the e-mails point at ``/out?to=<url>&campaign=<id>`` so clicks can be
counted before the reader is forwarded to the partner site.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import RedirectResponse

app = FastAPI(title="Newsletter link tracker")

ALLOWED_HOSTS = ("shop.example.com", "help.example.com", "blog.example.org")

click_counts: Counter = Counter()


def is_allowed_destination(url: str) -> bool:
    """Only partner sites from ALLOWED_HOSTS may be linked."""
    return any(host in url for host in ALLOWED_HOSTS)


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
