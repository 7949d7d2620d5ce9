import importlib
import os
import socket

import pytest
import requests
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"blog.example.com": "93.184.216.34", "intranet.attacker.example": "10.1.2.3",
       "metadata.attacker.example": "169.254.169.254"}


@pytest.fixture()
def fetched(monkeypatch):
    urls = []

    def fake_getaddrinfo(host, port, *args, **kwargs):
        ip = DNS.get(host, host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port or 80))]

    def fake_request(self, method, url, **kwargs):
        urls.append((url, kwargs))
        resp = requests.Response()
        resp.status_code, resp._content, resp.url = 200, b"<title>internal</title>", url
        resp.encoding, resp._content_consumed = "utf-8", True
        return resp

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda h: DNS.get(h, h))
    monkeypatch.setattr(requests.Session, "request", fake_request)
    return urls


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://127.0.0.1:8080/admin",
    "http://[::1]/",
    "http://intranet.attacker.example/hr/salaries",
    "http://metadata.attacker.example/latest/meta-data/",
])
def test_internal_addresses_are_not_fetched(fetched, target):
    client = TestClient(mod.app, raise_server_exceptions=False)
    client.post("/previews", json={"url": target})
    assert not fetched, f"server-side request issued to internal target {target}"


def test_outbound_fetch_has_a_timeout(fetched):
    client = TestClient(mod.app, raise_server_exceptions=False)
    client.post("/previews", json={"url": "https://blog.example.com/post/1"})
    assert fetched and fetched[0][1].get("timeout") is not None, "fetch without a timeout"
