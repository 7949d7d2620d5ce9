import importlib
import ipaddress
import os
import socket

import pytest
import requests
from requests.structures import CaseInsensitiveDict

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FAKE_DNS = {"hooks.example.com": "93.184.216.34", "internal.corp": "10.1.2.3", "localhost": "127.0.0.1"}


def fake_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    host = host.decode() if isinstance(host, bytes) else host
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        if host not in FAKE_DNS:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        ip = ipaddress.ip_address(FAKE_DNS[host])
    fam = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    addr = (str(ip), port or 0, 0, 0) if ip.version == 6 else (str(ip), port or 0)
    return [(fam, socket.SOCK_STREAM, 6, "", addr)]


@pytest.fixture
def outbound(monkeypatch):
    """No real network: fake DNS and a fake transport that records every request."""
    calls = []

    def fake_send(self, request, **kwargs):
        calls.append(request)
        resp = requests.Response()
        resp.status_code = 204
        resp._content = b""
        resp.headers = CaseInsensitiveDict()
        resp.url = request.url
        resp.request = request
        resp.reason = "No Content"
        return resp

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda h: fake_getaddrinfo(h, 0)[0][4][0])
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", fake_send)
    return calls


def test_pings_public_webhook(outbound):
    resp = mod.app.test_client().post("/api/webhooks/test", json={"url": "https://hooks.example.com/acme"})
    assert resp.status_code == 200
    assert resp.get_json()["status"] == 204
    assert len(outbound) == 1
    assert outbound[0].url == "https://hooks.example.com/acme"
    assert b"ping" in outbound[0].body


def test_rejects_non_http_scheme(outbound):
    resp = mod.app.test_client().post("/api/webhooks/test", json={"url": "ftp://hooks.example.com/x"})
    assert resp.status_code == 400
    assert outbound == []
