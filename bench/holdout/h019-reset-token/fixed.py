"""Password-reset flow: issue single-use, expiring reset tokens."""
from __future__ import annotations

import hmac
import secrets
import string
import time
from dataclasses import dataclass
from typing import Callable, Dict, Optional

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
TOKEN_TTL_SECONDS = 30 * 60


def generate_reset_token(length: int = TOKEN_LENGTH) -> str:
    """Random URL-safe token for the reset link."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(length))


@dataclass
class _Pending:
    email: str
    expires_at: float


class PasswordResetService:
    def __init__(self, send_email: Callable[[str, str], None],
                 clock: Callable[[], float] = time.time) -> None:
        self._send_email = send_email
        self._clock = clock
        self._pending: Dict[str, _Pending] = {}

    def request_reset(self, email: str) -> str:
        """Create a token for ``email`` and mail the reset link."""
        token = generate_reset_token()
        self._pending[token] = _Pending(email.lower(), self._clock() + TOKEN_TTL_SECONDS)
        link = f"https://accounts.example.com/reset?token={token}"
        self._send_email(email, f"Reset your password: {link}")
        return token

    def redeem(self, token: str) -> Optional[str]:
        """Consume ``token``; return the e-mail it was issued for, or None."""
        for candidate in list(self._pending):
            if hmac.compare_digest(candidate, token):
                pending = self._pending.pop(candidate)
                if pending.expires_at < self._clock():
                    return None
                return pending.email
        return None
