"""Cookie-backed session storage for the reporting dashboard."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

COOKIE_NAME = "dash_session"


def _secret() -> bytes:
    """The signing key, read from the environment at call time."""
    secret = os.environ.get("SESSION_SECRET")
    if not secret:
        raise RuntimeError("SESSION_SECRET is not set")
    return secret.encode()


def _sign(payload: bytes) -> str:
    return hmac.new(_secret(), payload, hashlib.sha256).hexdigest()


def dump_session(data: dict[str, Any]) -> str:
    """Serialise the session ``data`` into a cookie-safe, signed string."""
    payload = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode())
    return f"{payload.decode('ascii')}.{_sign(payload)}"


def restore_session(cookie: str | None) -> dict[str, Any]:
    """Rebuild the session from the cookie value; an empty session if absent or unreadable."""
    if not cookie:
        return {}
    payload, _, signature = cookie.rpartition(".")
    if not payload or not hmac.compare_digest(_sign(payload.encode()), signature):
        return {}
    try:
        data = json.loads(base64.urlsafe_b64decode(payload.encode()))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def session_from_headers(headers: dict[str, str]) -> dict[str, Any]:
    """Find the session cookie in a raw ``Cookie`` header and restore it."""
    for part in headers.get("Cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE_NAME:
            return restore_session(value)
    return {}
