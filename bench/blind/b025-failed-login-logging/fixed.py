"""Sign-in handling for the back-office API with an audit trail of failures."""
from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Mapping, Optional, Tuple

logger = logging.getLogger("backoffice.auth")

MAX_FAILURES_BEFORE_LOCK = 5


def hash_password(password: str, salt: bytes, rounds: int = 200_000) -> bytes:
    """Derive the stored PBKDF2-SHA256 digest for ``password``."""
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)


def _log_safe(value: str) -> str:
    """Escape CR/LF so a client-supplied value cannot start a new log line."""
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


class SignInService:
    """Checks credentials and records failed attempts per account."""

    def __init__(self, accounts: Mapping[str, Tuple[bytes, bytes]]) -> None:
        # accounts maps user name -> (salt, pbkdf2 digest)
        self._accounts = dict(accounts)
        self._failures: dict[str, int] = {}

    def _verify(self, username: str, password: str) -> bool:
        record = self._accounts.get(username)
        if record is None:
            return False
        salt, digest = record
        return hmac.compare_digest(hash_password(password, salt), digest)

    def sign_in(self, username: str, password: str, client_addr: Optional[str] = None) -> bool:
        """Return True when the credentials are valid.

        ``client_addr`` is the value of the X-Forwarded-For header set by the
        load balancer, if there was one.
        """
        source = _log_safe(client_addr or "unknown")
        shown_user = _log_safe(username)
        if self.is_locked(username):
            logger.warning("Sign-in refused for locked account %s from %s", shown_user, source)
            return False
        if self._verify(username, password):
            self._failures.pop(username, None)
            logger.info("User %s signed in from %s", shown_user, source)
            return True
        count = self._failures.get(username, 0) + 1
        self._failures[username] = count
        logger.warning("Failed sign-in for user %s from %s (attempt %d)", shown_user, source, count)
        return False

    def is_locked(self, username: str) -> bool:
        return self._failures.get(username, 0) >= MAX_FAILURES_BEFORE_LOCK
