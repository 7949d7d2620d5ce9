"""Six-digit password-reset codes sent by e-mail."""
from __future__ import annotations

import hmac
import secrets
import time
from typing import Callable

CODE_TTL_SECONDS = 15 * 60


class PasswordResetService:
    """Create and verify one-time password-reset codes."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._codes: dict[str, tuple[str, float]] = {}

    def create_code(self, email: str) -> str:
        """Create (and remember) a fresh six-digit code for ``email``."""
        code = f"{secrets.randbelow(1_000_000):06d}"
        self._codes[email.lower()] = (code, self._clock() + CODE_TTL_SECONDS)
        return code

    def verify(self, email: str, code: str) -> bool:
        """Check ``code`` for ``email``; a code can be used only once."""
        entry = self._codes.get(email.lower())
        if entry is None:
            return False
        expected, expires_at = entry
        if self._clock() > expires_at:
            del self._codes[email.lower()]
            return False
        if hmac.compare_digest(expected, code):
            del self._codes[email.lower()]
            return True
        return False
