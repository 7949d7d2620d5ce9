"""HTTP clients for partner APIs."""
from __future__ import annotations

from typing import Any
from urllib.request import urlopen

import httpx
import requests


def fetch_rates(base: str) -> dict[str, float]:
    # ruleid: requests-no-timeout
    resp = requests.get("https://api.example.com/rates", params={"base": base}, timeout=10)
    resp.raise_for_status()
    return resp.json()["rates"]


def push_event(event: dict[str, Any]) -> None:
    # ruleid: requests-no-timeout
    requests.post("https://events.example.com/ingest", json=event, headers={"Content-Type": "application/json"}, timeout=10).raise_for_status()


def sync_all(urls: list[str]) -> list[int]:
    with requests.Session() as session:
        # ruleid: requests-no-timeout
        return [session.get(url, timeout=10).status_code for url in urls]


def unbounded_client() -> httpx.Client:
    # ruleid: requests-no-timeout
    return httpx.Client(base_url="https://api.example.com", timeout=10)


def read_feed(url: str) -> bytes:
    # ruleid: requests-no-timeout
    with urlopen(url, timeout=10) as resp:
        return resp.read()


def fetch_rates_safe(base: str) -> dict[str, float]:
    # ok: requests-no-timeout
    resp = requests.get("https://api.example.com/rates", params={"base": base}, timeout=5)
    return resp.json()["rates"]


def call(method: str, url: str, **kwargs: Any) -> requests.Response:
    # ok: requests-no-timeout
    return requests.request(method, url, **kwargs)


def httpx_default(url: str) -> str:
    # ok: requests-no-timeout
    return httpx.get(url).text


def read_feed_safe(url: str) -> bytes:
    # ok: requests-no-timeout
    with urlopen(url, None, 10) as resp:
        return resp.read()
