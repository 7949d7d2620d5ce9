"""Authentication service with an audit trail of every login attempt."""
from __future__ import annotations

import hmac
import logging
from collections.abc import Callable

audit_log = logging.getLogger("auth.audit")


def configure_audit_file(path: str) -> logging.Handler:
    """Send audit records to a dedicated file, one event per line."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    audit_log.addHandler(handler)
    audit_log.setLevel(logging.INFO)
    return handler


def _clean(value: str) -> str:
    """Neutralise line breaks and other control characters before logging."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value)


class LoginService:
    def __init__(self, lookup_password: Callable[[str], str | None]) -> None:
        self._lookup = lookup_password
        self.failures: dict[str, int] = {}

    def _audit(self, outcome: str, username: str, client_ip: str) -> None:
        message = f"login {outcome} user={_clean(username)} ip={_clean(client_ip)}"
        audit_log.info(message)

    def login(self, username: str, password: str, client_ip: str) -> bool:
        """Check credentials and record the attempt in the audit log."""
        expected = self._lookup(username)
        ok = expected is not None and hmac.compare_digest(expected, password)
        if ok:
            self.failures.pop(username, None)
            self._audit("succeeded", username, client_ip)
        else:
            self.failures[username] = self.failures.get(username, 0) + 1
            self._audit("failed", username, client_ip)
        return ok
