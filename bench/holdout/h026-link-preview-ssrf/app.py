"""Link previews for messages posted in the team chat."""
from __future__ import annotations

from html.parser import HTMLParser
from typing import Optional
from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
MAX_BYTES = 512 * 1024


class PreviewRequest(BaseModel):
    url: str


class _MetaScraper(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.title: Optional[str] = None
        self.meta: dict = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and attrs.get("property", "").startswith("og:"):
            self.meta[attrs["property"]] = attrs.get("content", "")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title and self.title is None:
            self.title = data.strip()


def fetch_page(url: str) -> str:
    resp = requests.get(url, headers={"User-Agent": "ChatPreviewBot/1.0"})
    resp.raise_for_status()
    return resp.text[:MAX_BYTES]


@app.post("/previews")
def create_preview(body: PreviewRequest):
    parsed = urlparse(body.url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise HTTPException(status_code=400, detail="only http(s) links can be previewed")
    try:
        html = fetch_page(body.url)
    except requests.RequestException:
        raise HTTPException(status_code=502, detail="could not fetch link")
    scraper = _MetaScraper()
    scraper.feed(html)
    return {
        "url": body.url,
        "title": scraper.meta.get("og:title") or scraper.title or parsed.hostname,
        "description": scraper.meta.get("og:description", ""),
        "image": scraper.meta.get("og:image"),
    }
