import importlib
import os
import socket

import pytest
import requests
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAGES = {
    "https://blog.example.com/post/42": """<html><head><title>Fallback title</title>
        <meta property="og:title" content="Shipping faster with feature flags">
        <meta property="og:description" content="How we deploy 40 times a day">
        </head><body>hi</body></html>""",
    "http://news.example.org/": "<html><head><title> Daily News </title></head></html>",
}
DNS = {"blog.example.com": "93.184.216.34", "news.example.org": "93.184.216.35"}


def fake_getaddrinfo(host, port, *args, **kwargs):
    ip = DNS.get(host, host)
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port or 80))]


def fake_request(self, method, url, **kwargs):
    resp = requests.Response()
    resp.url = url
    if url in PAGES:
        resp.status_code, resp._content = 200, PAGES[url].encode()
    else:
        resp.status_code, resp._content = 404, b"not found"
    resp.encoding = "utf-8"
    resp._content_consumed = True
    return resp


@pytest.fixture()
def client(monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda h: DNS.get(h, h))
    monkeypatch.setattr(requests.Session, "request", fake_request)
    return TestClient(mod.app)


def test_preview_uses_open_graph(client):
    data = client.post("/previews", json={"url": "https://blog.example.com/post/42"}).json()
    assert data["title"] == "Shipping faster with feature flags"
    assert data["description"] == "How we deploy 40 times a day"


def test_preview_falls_back_to_title(client):
    data = client.post("/previews", json={"url": "http://news.example.org/"}).json()
    assert data["title"] == "Daily News" and data["description"] == ""


def test_errors(client):
    assert client.post("/previews", json={"url": "ftp://files.example.com/x"}).status_code == 400
    assert client.post("/previews", json={"url": "https://blog.example.com/missing"}).status_code == 502
