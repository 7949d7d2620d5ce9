import importlib
import os
import socket

import pytest
import requests
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


class FakeResponse:
    def __init__(self, content, content_type, status=200):
        self.content = content
        self.headers = {"Content-Type": content_type}
        self.status_code = status

    def raise_for_status(self):
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code}")


@pytest.fixture
def net(monkeypatch):
    fetched = []

    def fake_get(url, *a, **kw):
        fetched.append(url)
        if url.endswith(".txt"):
            return FakeResponse(b"hello", "text/plain")
        if "missing" in url:
            return FakeResponse(b"", "text/html", 404)
        return FakeResponse(PNG, "image/png; charset=binary")

    def fake_getaddrinfo(host, *a, **kw):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 0))]

    monkeypatch.setattr(requests, "get", fake_get)
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    return fetched


def test_set_avatar(net):
    client = TestClient(mod.app)
    resp = client.post("/avatar", json={"username": "ada", "url": "https://images.example.com/ada.png"})
    assert resp.status_code == 200
    assert resp.json()["bytes"] == len(PNG)
    assert mod.AVATARS["ada"] == PNG
    assert net == ["https://images.example.com/ada.png"]


def test_non_image_rejected(net):
    resp = TestClient(mod.app).post("/avatar", json={"username": "b", "url": "https://cdn.example.com/a.txt"})
    assert resp.status_code == 415


def test_upstream_error(net):
    resp = TestClient(mod.app).post("/avatar", json={"username": "b", "url": "https://cdn.example.com/missing.png"})
    assert resp.status_code == 502


def test_non_http_scheme(net):
    resp = TestClient(mod.app).post("/avatar", json={"username": "b", "url": "file:///etc/passwd"})
    assert resp.status_code == 400
    assert net == []
