import importlib
import ipaddress
import os
import socket

import httpx
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PUBLIC_HOSTS = {"images.example.com": "93.184.216.34", "cdn.example.com": "93.184.216.35"}


def fake_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Fake DNS: the two image hosts are public, every other name points at loopback."""
    host = host.decode() if isinstance(host, bytes) else host
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        ip = ipaddress.ip_address(PUBLIC_HOSTS.get(host.lower(), "127.0.0.1"))
    fam = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    addr = (str(ip), port or 0, 0, 0) if ip.version == 6 else (str(ip), port or 0)
    return [(fam, socket.SOCK_STREAM, 6, "", addr)]


@pytest.fixture
def upstream(monkeypatch):
    """Replace the network: every outgoing httpx request is recorded and answered locally."""
    calls = []

    async def fake_handle(self, request):
        calls.append(request.url)
        return httpx.Response(200, headers={"content-type": "image/png"}, content=PNG)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", fake_handle)
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda h: fake_getaddrinfo(h, 0)[0][4][0])
    return calls


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://127.0.0.1:8000/admin",
    "http://localhost:6379/",
    "https://images.example.com.attacker.net/x.png",
    "https://images.example.com@127.0.0.1/x.png",
    "http://[::1]/internal",
])
def test_internal_or_foreign_hosts_are_never_fetched(upstream, url):
    TestClient(mod.app, raise_server_exceptions=False).get("/proxy/image", params={"url": url})
    assert upstream == [], url
