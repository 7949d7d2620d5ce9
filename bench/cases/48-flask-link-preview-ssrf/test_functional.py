from __future__ import annotations

import importlib
import ipaddress
import os
import socket
from typing import Any

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"blog.example.com": "93.184.216.34"}
PAGE = '<html><head><title> Ten tips &amp; tricks </title><meta name="description" content="A list."></head></html>'


class FakeResponse:
    text = PAGE


@pytest.fixture(autouse=True)
def fake_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    def getaddrinfo(host: str, port: object, *args: Any, **kwargs: Any) -> list[Any]:
        ip = DNS.get(host, host)
        ipaddress.ip_address(ip)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    def get(url: str, **kwargs: Any) -> FakeResponse:
        if "unreachable" in url:
            raise requests.ConnectionError(url)
        return FakeResponse()

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(requests, "get", get)


def test_preview() -> None:
    resp = mod.app.test_client().get("/preview", query_string={"url": "https://blog.example.com/tips"})
    assert resp.get_json() == {"url": "https://blog.example.com/tips", "title": "Ten tips & tricks", "description": "A list."}


def test_bad_scheme() -> None:
    assert mod.app.test_client().get("/preview", query_string={"url": "ftp://blog.example.com/"}).status_code == 400
