"""Imports a profile picture from a URL the user enters in their settings."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

import requests

MAX_BYTES = 2_000_000


def _check_public_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("only http(s) URLs are allowed")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise ValueError(f"cannot resolve {parts.hostname}") from exc
    for info in infos:
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError(f"{parts.hostname} is not a public address")


def fetch_avatar(url: str) -> bytes:
    """Download the image at `url` for use as the user's avatar.

    Raises:
        ValueError: the URL is not a public http(s) URL, does not point to an
            image, or the image is too large.
        requests.RequestException: the download failed.
    """
    _check_public_url(url)
    resp = requests.get(url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    if not resp.headers.get("Content-Type", "").startswith("image/"):
        raise ValueError("not an image")
    if len(resp.content) > MAX_BYTES:
        raise ValueError("image too large")
    return resp.content
