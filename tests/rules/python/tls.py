"""HTTPS clients."""
from __future__ import annotations

import ssl
import urllib.request
from typing import Any

import httpx
import requests


def fetch_inventory(base_url: str, token: str) -> dict[str, Any]:
    # ruleid: requests-verify-false
    resp = requests.get(f"{base_url}/inventory", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()


class InventoryClient:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        # ruleid: requests-verify-false
        self.session.verify = False

    def items(self) -> list[dict[str, Any]]:
        # ruleid: requests-verify-false
        return self.session.post(
            f"{self.base_url}/items",
            json={"page": 1},
            verify=False,
            timeout=10,
        ).json()


def async_client() -> httpx.AsyncClient:
    # ruleid: requests-verify-false
    return httpx.AsyncClient(verify=False, timeout=5.0)


def fetch_inventory_safe(base_url: str) -> dict[str, Any]:
    # ok: requests-verify-false
    return requests.get(f"{base_url}/inventory", timeout=10).json()


def fetch_private(base_url: str) -> dict[str, Any]:
    # ok: requests-verify-false
    return requests.get(base_url, verify="/etc/ssl/private-ca.pem", timeout=10).json()


def poll_status(url: str) -> int:
    # ruleid: ssl-unverified-context
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.status


def lenient_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # ruleid: ssl-unverified-context
    ctx.check_hostname = False
    # ruleid: ssl-unverified-context
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# ruleid: ssl-unverified-context
ssl._create_default_https_context = ssl._create_unverified_context


def poll_status_safe(url: str) -> int:
    # ok: ssl-unverified-context
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.status


def pinned_context(cert_reqs: int, fingerprint: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.verify_mode = cert_reqs
    # the host is checked against the pinned fingerprint after the handshake
    if fingerprint:
        # ok: ssl-unverified-context
        ctx.check_hostname = False
    return ctx


class ContextAdapter:
    def __init__(self, protocol: int) -> None:
        self.protocol = protocol
        # ok: ssl-unverified-context
        self.check_hostname = False


def insecure_when_asked(insecure: bool) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if insecure:
        ctx.check_hostname = False
        # ruleid: ssl-unverified-context
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def strict_context(cafile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    # ok: ssl-unverified-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def weather_client(api_key: str) -> httpx.AsyncClient:
    options = {
        "headers": {"X-Api-Key": api_key},
        # ruleid: requests-verify-false
        "verify": False,
    }
    return httpx.AsyncClient(**options)


def checked_client(api_key: str) -> httpx.AsyncClient:
    # ok: requests-verify-false
    options = {"headers": {"X-Api-Key": api_key}, "verify": True}
    return httpx.AsyncClient(**options)
