"""Password-reset tokens: issue one per request, redeem it once."""
from __future__ import annotations

import secrets
import string
import time

ALPHABET = string.ascii_letters + string.digits
TOKEN_TTL_SECONDS = 30 * 60


def make_token(length: int = 32) -> str:
    """A random URL-safe token for the reset link."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


class ResetTokens:
    """In-memory store of outstanding reset tokens."""

    def __init__(self) -> None:
        self._tokens: dict[str, tuple[str, float]] = {}

    def issue(self, email: str) -> str:
        """Create a token for `email` and remember it."""
        token = make_token()
        self._tokens[token] = (email, time.monotonic() + TOKEN_TTL_SECONDS)
        return token

    def redeem(self, token: str) -> str | None:
        """The email a token was issued for, once; None if unknown or expired."""
        email, expires = self._tokens.pop(token, ("", 0.0))
        return email if email and time.monotonic() < expires else None
