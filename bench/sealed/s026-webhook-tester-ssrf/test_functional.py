import importlib
import json
import os
import socket
import urllib.request
from urllib.parse import urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    status = 204

    def read(self, *a):
        return b""

    def getcode(self):
        return self.status

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture
def outgoing(monkeypatch):
    sent = []

    def fake_open(self, fullurl, data=None, timeout=None):
        req = fullurl if isinstance(fullurl, urllib.request.Request) else urllib.request.Request(fullurl, data)
        sent.append((req.full_url, req.data if req.data is not None else data))
        return FakeResponse()

    def fake_getaddrinfo(host, *a, **k):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 443))]

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", fake_open)
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    return sent


def test_delivers_to_allowed_hook(outgoing):
    client = mod.app.test_client()
    resp = client.post("/integrations/webhook/test",
                       json={"url": "https://hooks.example.com/services/T0/B0/abc", "workspace": "acme"})
    assert resp.status_code == 200
    assert resp.get_json()["delivered"] is True
    assert len(outgoing) == 1
    url, body = outgoing[0]
    assert urlsplit(url).hostname == "hooks.example.com"
    event = json.loads(body)
    assert event["type"] == "webhook.test" and event["workspace"] == "acme"


def test_missing_url(outgoing):
    assert mod.app.test_client().post("/integrations/webhook/test", json={}).status_code == 400
    assert outgoing == []
