import importlib, os

import httpx
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def upstream(monkeypatch):
    """Replace the network: every outgoing async request is answered here."""
    seen = []

    async def handle(self, request):
        seen.append(str(request.url))
        path = request.url.path
        if path.endswith("/missing.png"):
            return httpx.Response(404, content=b"nope", request=request)
        if path.endswith("/broken.png"):
            raise httpx.ConnectError("connection reset", request=request)
        if path.endswith("/huge.jpg"):
            return httpx.Response(200, content=b"x" * (mod.MAX_IMAGE_BYTES + 1),
                                  headers={"content-type": "image/jpeg"}, request=request)
        ctype = "image/webp" if path.endswith(".webp") else "image/png"
        return httpx.Response(200, content=PNG, headers={"content-type": ctype}, request=request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle)
    return seen


@pytest.fixture
def client():
    return TestClient(mod.app)


@pytest.mark.parametrize(
    "src,ctype",
    [
        ("https://images.partnercdn.com/p/123/front.png", "image/png"),
        ("https://media.supplier.example.com/catalog/2024/item-9.webp", "image/webp"),
        ("http://images.partnercdn.com/p/1.png?w=300&h=200", "image/png"),
    ],
)
def test_proxies_partner_images(client, upstream, src, ctype):
    resp = client.get("/img", params={"src": src})
    assert resp.status_code == 200
    assert resp.content == PNG
    assert resp.headers["content-type"] == ctype
    assert resp.headers["cache-control"] == "public, max-age=86400"
    assert upstream == [src]


def test_upstream_404(client, upstream):
    resp = client.get("/img", params={"src": "https://images.partnercdn.com/missing.png"})
    assert resp.status_code == 502
    assert resp.json() == {"detail": "Upstream returned 404"}


def test_upstream_connection_error(client, upstream):
    resp = client.get("/img", params={"src": "https://images.partnercdn.com/broken.png"})
    assert resp.status_code == 502
    assert resp.json() == {"detail": "Upstream fetch failed"}


def test_too_large(client, upstream):
    resp = client.get("/img", params={"src": "https://media.supplier.example.com/huge.jpg"})
    assert resp.status_code == 413


def test_src_required(client, upstream):
    assert client.get("/img").status_code == 422
    assert upstream == []
