"""Authentication service with an audit trail of failed logins."""
from __future__ import annotations

import logging

from werkzeug.security import check_password_hash

logger = logging.getLogger("auth.audit")


class AuthService:
    """Check passwords and count consecutive failures per account."""

    def __init__(self, users: dict[str, str], max_failures: int = 5) -> None:
        self.users = users  # username -> werkzeug password hash
        self.max_failures = max_failures
        self.failures: dict[str, int] = {}

    def is_locked(self, username: str) -> bool:
        return self.failures.get(username, 0) >= self.max_failures

    def authenticate(self, username: str, password: str) -> bool:
        """Return True for a correct password; failed attempts are written to the audit log."""
        stored = self.users.get(username)
        if not self.is_locked(username) and stored is not None and check_password_hash(stored, password):
            self.failures.pop(username, None)
            return True
        self.failures[username] = self.failures.get(username, 0) + 1
        logger.warning("failed login for %s (attempt %d)" % (username, self.failures[username]))
        return False
