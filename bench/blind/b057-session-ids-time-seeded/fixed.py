"""Server-side session store used by the web front end."""
from __future__ import annotations

import secrets
import threading
import time
from typing import Any

SESSION_TTL = 8 * 3600


def _generate_session_id() -> str:
    """Produce a 128-bit session identifier as 32 hex characters."""
    return secrets.token_hex(16)


class SessionStore:
    """In-memory map of session id -> session data with sliding expiry."""

    def __init__(self, ttl: int = SESSION_TTL) -> None:
        self.ttl = ttl
        self._data: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def create(self, user_id: str, **attrs: Any) -> str:
        """Start a session for ``user_id`` and return its id (for the cookie)."""
        session_id = _generate_session_id()
        record = {"user_id": user_id, "expires": time.time() + self.ttl, **attrs}
        with self._lock:
            self._data[session_id] = record
        return session_id

    def get(self, session_id: str) -> dict[str, Any] | None:
        """Return the session data, or None if unknown/expired."""
        with self._lock:
            record = self._data.get(session_id)
            if record is None:
                return None
            if record["expires"] < time.time():
                del self._data[session_id]
                return None
            record["expires"] = time.time() + self.ttl
            return {k: v for k, v in record.items() if k != "expires"}

    def destroy(self, session_id: str) -> bool:
        with self._lock:
            return self._data.pop(session_id, None) is not None
