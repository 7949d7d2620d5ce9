"""Client-side session storage: the session dict travels in the ``session`` cookie."""
from __future__ import annotations

import base64
import pickle
from typing import Any

COOKIE_NAME = "session"


def encode_session(data: dict[str, Any]) -> str:
    """Serialize session data into a cookie-safe string."""
    return base64.urlsafe_b64encode(pickle.dumps(data)).decode("ascii")


def decode_session(cookie: str) -> dict[str, Any]:
    """Restore the session dict from the cookie value; an unreadable cookie gives an empty session."""
    try:
        data = pickle.loads(base64.urlsafe_b64decode(cookie.encode("ascii")))
    except Exception:
        return {}
    return data if isinstance(data, dict) else {}


def session_from_headers(headers: dict[str, str]) -> dict[str, Any]:
    """Find the session cookie in the request headers and decode it."""
    for part in headers.get("Cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE_NAME and value:
            return decode_session(value)
    return {}
