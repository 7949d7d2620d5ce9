from __future__ import annotations

import importlib
import ipaddress
import os
import socket
from typing import Any

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"images.example.com": "93.184.216.34", "cdn.example.net": "151.101.1.1"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


class FakeResponse:
    def __init__(self, content: bytes, content_type: str) -> None:
        self.content, self.headers = content, {"Content-Type": content_type}

    def raise_for_status(self) -> None:
        pass


@pytest.fixture(autouse=True)
def fake_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    def getaddrinfo(host: str, port: object, *args: Any, **kwargs: Any) -> list[Any]:
        ip = DNS.get(host, host)
        ipaddress.ip_address(ip)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    def get(url: str, **kwargs: Any) -> FakeResponse:
        return FakeResponse(b"<html>", "text/html") if url.endswith(".html") else FakeResponse(PNG, "image/png")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(requests, "get", get)


def test_fetch_public_image() -> None:
    assert mod.fetch_avatar("https://images.example.com/u/42.png") == PNG
    assert mod.fetch_avatar("http://cdn.example.net:8080/a.png") == PNG


def test_not_an_image() -> None:
    with pytest.raises(ValueError):
        mod.fetch_avatar("https://images.example.com/index.html")
