from __future__ import annotations

import importlib
import ipaddress
import os
import socket
from typing import Any

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"images.example.com": "93.184.216.34", "localhost": "127.0.0.1", "billing.corp": "10.20.0.7"}


@pytest.fixture
def requested(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def getaddrinfo(host: str, port: object, *args: Any, **kwargs: Any) -> list[Any]:
        ip = DNS.get(host, host)
        family = socket.AF_INET6 if ipaddress.ip_address(ip).version == 6 else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (ip, port))]

    def get(url: str, **kwargs: Any) -> object:
        seen.append(url)
        raise requests.ConnectionError("the test network reaches nothing")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(requests, "get", get)
    return seen


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://localhost:6379/",
    "http://[::1]:8080/admin",
    "http://billing.corp/internal/invoices",
])
def test_internal_addresses_are_never_requested(requested: list[str], url: str) -> None:
    with pytest.raises((ValueError, requests.RequestException)):
        mod.fetch_avatar(url)
    assert requested == []
