from __future__ import annotations

import importlib
import ipaddress
import os
import socket
from typing import Any

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"localhost": "127.0.0.1", "grafana.internal": "10.1.2.3"}


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://localhost:2375/containers/json",
    "http://grafana.internal/api/admin/users",
])
def test_internal_urls_are_not_fetched(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    fetched: list[str] = []

    def getaddrinfo(host: str, port: object, *args: Any, **kwargs: Any) -> list[Any]:
        ip = DNS.get(host, host)
        ipaddress.ip_address(ip)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    def get(target: str, **kwargs: Any) -> object:
        fetched.append(target)
        raise requests.ConnectionError("the test network reaches nothing")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(requests, "get", get)
    mod.app.test_client().get("/preview", query_string={"url": url})
    assert fetched == []
