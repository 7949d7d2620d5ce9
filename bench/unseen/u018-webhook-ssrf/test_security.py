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
    calls = []

    def fake_send(self, request, **kwargs):
        calls.append(request.url)
        resp = requests.Response()
        resp.status_code = 200
        resp._content = b"internal data"
        resp.headers = CaseInsensitiveDict()
        resp.url = request.url
        resp.request = request
        return resp

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda h: fake_getaddrinfo(h, 0)[0][4][0])
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", fake_send)
    return calls


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/admin",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://localhost/internal/metrics",
    "http://internal.corp/hooks",
    "http://[::1]:9200/_cat/indices",
])
def test_internal_destinations_are_never_requested(outbound, url):
    mod.app.test_client().post("/api/webhooks/test", json={"url": url})
    assert outbound == [], url
