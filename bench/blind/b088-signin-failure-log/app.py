"""Password check for the staff portal, with an audit trail of failures."""
from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Dict

logger = logging.getLogger("staff_portal.auth")

_SALT = b"portal-static-demo"


def _digest(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), _SALT, 1000).hex()


class PortalAuthenticator:
    """Verifies staff credentials and records failed attempts."""

    def __init__(self, accounts: Dict[str, str]) -> None:
        self._hashes = {name: _digest(pw) for name, pw in accounts.items()}
        self.failures: Dict[str, int] = {}

    def _note_failure(self, username: str, client_ip: str) -> None:
        self.failures[username] = self.failures.get(username, 0) + 1
        logger.warning(
            "failed login for user=%s from ip=%s (attempt %d)",
            username, client_ip, self.failures[username],
        )

    def check(self, username: str, password: str, client_ip: str = "-") -> bool:
        """Return True when the password matches; log a warning otherwise."""
        expected = self._hashes.get(username)
        if expected is not None and hmac.compare_digest(expected, _digest(password)):
            logger.info("login ok for user=%s", username)
            return True
        self._note_failure(username, client_ip)
        return False
