import importlib, os

import httpx
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def upstream(monkeypatch):
    seen = []

    async def fake_send(self, request, **kw):
        seen.append(str(request.url))
        url = str(request.url)
        if "down" in url:
            raise httpx.ConnectError("down", request=request)
        if url.endswith(".html"):
            return httpx.Response(200, content=b"<html>", headers={"content-type": "text/html"}, request=request)
        if "missing" in url:
            return httpx.Response(404, content=b"", headers={"content-type": "image/png"}, request=request)
        return httpx.Response(200, content=PNG, headers={"content-type": "image/png"}, request=request)

    monkeypatch.setattr(httpx.AsyncClient, "send", fake_send)
    return seen


def test_proxies_allowed_images(upstream):
    c = TestClient(mod.app)
    for src in ["https://images.unsplash.com/photo-1?w=200", "https://i.imgur.com/abc.png",
                "https://cdn.forum-assets.net/avatars/42/large.png"]:
        r = c.get("/img", params={"src": src})
        assert r.status_code == 200
        assert r.content == PNG
        assert r.headers["content-type"] == "image/png"
        assert r.headers["cache-control"] == "public, max-age=86400"
    assert upstream == ["https://images.unsplash.com/photo-1?w=200", "https://i.imgur.com/abc.png",
                        "https://cdn.forum-assets.net/avatars/42/large.png"]


def test_upstream_errors(upstream):
    c = TestClient(mod.app)
    assert c.get("/img", params={"src": "https://i.imgur.com/page.html"}).status_code == 502
    assert c.get("/img", params={"src": "https://i.imgur.com/missing.png"}).status_code == 502
    r = c.get("/img", params={"src": "https://i.imgur.com/down.png"})
    assert r.status_code == 502 and r.json() == {"detail": "upstream fetch failed"}
    assert c.get("/img").status_code == 422
