import importlib
import ipaddress
import os
import socket

import pytest
import requests
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"metadata.attacker.test": "169.254.169.254", "localhost": "127.0.0.1", "intranet.corp": "10.0.0.7"}


class FakeResponse:
    status_code = 200
    headers = {"Content-Type": "image/png"}
    content = b"\x89PNG-internal-secret"

    def raise_for_status(self):
        pass


@pytest.fixture
def fetched(monkeypatch):
    calls = []

    def fake_request(*args, **kwargs):
        calls.append(args)
        return FakeResponse()

    def fake_getaddrinfo(host, *a, **kw):
        try:
            ip = str(ipaddress.ip_address(host))
        except ValueError:
            ip = DNS.get(host, "93.184.216.34")
        family = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (ip, 0))]

    monkeypatch.setattr(requests, "get", lambda url, *a, **kw: fake_request(url))
    monkeypatch.setattr(requests, "request", lambda method, url, *a, **kw: fake_request(url))
    monkeypatch.setattr(requests.Session, "request", lambda self, method, url, *a, **kw: fake_request(url))
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    return calls


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://localhost:8080/admin",
    "http://[::1]/",
    "http://metadata.attacker.test/latest/",
    "http://intranet.corp/payroll.png",
])
def test_internal_targets_are_not_fetched(fetched, url):
    resp = TestClient(mod.app, raise_server_exceptions=False).post("/avatar", json={"username": "eve", "url": url})
    assert fetched == [], f"server fetched internal URL {url}"
    assert resp.status_code >= 400
