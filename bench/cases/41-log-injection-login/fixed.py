"""Audit logging for the authentication service."""
from __future__ import annotations

import logging

audit = logging.getLogger("auth.audit")


def _clean(value: str) -> str:
    # one event per line: control characters would let a value forge extra lines
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value)


def record_login(username: str, ip: str, success: bool) -> None:
    """Write one audit line per login attempt.

    The security team's alerting parses these lines, one event per line.
    """
    if success:
        audit.info("login ok user=%s ip=%s", _clean(username), _clean(ip))
    else:
        audit.warning("login FAILED user=%s ip=%s", _clean(username), _clean(ip))


def record_lockout(username: str, attempts: int) -> None:
    """Audit line for an account locked after too many failures."""
    audit.error("account locked user=%s attempts=%d", _clean(username), attempts)


def failed_attempts(lines: list[str], username: str) -> int:
    """Count the failed logins of `username` in already-written audit lines."""
    return sum(1 for line in lines if line.startswith("login FAILED") and f"user={username} " in line)
