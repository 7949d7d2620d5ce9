"""Cookie-backed session storage for the reporting dashboard."""
from __future__ import annotations

import base64
import pickle
from typing import Any

COOKIE_NAME = "dash_session"


def dump_session(data: dict[str, Any]) -> str:
    """Serialise the session ``data`` into a cookie-safe string."""
    return base64.b64encode(pickle.dumps(data)).decode("ascii")


def restore_session(cookie: str | None) -> dict[str, Any]:
    """Rebuild the session from the cookie value; an empty session if absent or unreadable."""
    if not cookie:
        return {}
    try:
        data = pickle.loads(base64.b64decode(cookie))
    except Exception:
        return {}
    return data if isinstance(data, dict) else {}


def session_from_headers(headers: dict[str, str]) -> dict[str, Any]:
    """Find the session cookie in a raw ``Cookie`` header and restore it."""
    for part in headers.get("Cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE_NAME:
            return restore_session(value)
    return {}
