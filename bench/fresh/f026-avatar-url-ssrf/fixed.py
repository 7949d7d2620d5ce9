"""Profile service: let users set their avatar by pointing at an image URL."""
from __future__ import annotations

import hashlib
import ipaddress
import socket
from urllib.parse import urlsplit

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

MAX_AVATAR_BYTES = 2 * 1024 * 1024
ALLOWED_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}

app = FastAPI(title="Profiles")
AVATARS: dict[str, bytes] = {}


class AvatarRequest(BaseModel):
    username: str
    url: str


def _is_public_host(host: str | None) -> bool:
    """True when every address the host resolves to is globally routable."""
    if not host:
        return False
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0].split("%")[0]).is_global for info in infos)


def download_image(url: str) -> tuple[bytes, str]:
    """Fetch the image and return (bytes, content type).

    Raises ValueError for URLs that point at internal or non-public hosts.
    """
    if not _is_public_host(urlsplit(url).hostname):
        raise ValueError("avatar host is not allowed")
    resp = requests.get(url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    content_type = resp.headers.get("Content-Type", "").split(";")[0].strip()
    return resp.content, content_type


@app.post("/avatar")
def set_avatar(body: AvatarRequest) -> dict[str, str | int]:
    if not body.url.startswith(("http://", "https://")):
        raise HTTPException(400, "url must be http(s)")
    try:
        data, content_type = download_image(body.url)
    except ValueError:
        raise HTTPException(400, "avatar host is not allowed")
    except requests.RequestException:
        raise HTTPException(502, "could not fetch avatar")
    if content_type not in ALLOWED_TYPES:
        raise HTTPException(415, f"unsupported content type {content_type!r}")
    if len(data) > MAX_AVATAR_BYTES:
        raise HTTPException(413, "avatar too large")
    AVATARS[body.username] = data
    return {"username": body.username, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
