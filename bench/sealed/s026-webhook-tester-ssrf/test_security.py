import importlib
import ipaddress
import os
import socket
import urllib.request
from urllib.parse import urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    status = 200

    def read(self, *a):
        return b'{"AccessKeyId": "ASIA-SECRET"}'

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture
def outgoing(monkeypatch):
    hosts = []

    def fake_open(self, fullurl, data=None, timeout=None):
        url = fullurl.full_url if isinstance(fullurl, urllib.request.Request) else fullurl
        hosts.append(urlsplit(url).hostname)
        return FakeResponse()

    def fake_getaddrinfo(host, *a, **k):
        try:
            ip = str(ipaddress.ip_address(host))
        except ValueError:
            ip = "127.0.0.1" if host == "localhost" else "93.184.216.34"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, 80))]

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", fake_open)
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    return hosts


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://localhost:8500/v1/kv/?recurse",
    "https://attacker.example.net/collect",
])
def test_no_request_to_unapproved_host(outgoing, url):
    resp = mod.app.test_client().post("/integrations/webhook/test", json={"url": url})
    assert outgoing == [], f"server fetched {outgoing}"
    assert resp.status_code >= 400
