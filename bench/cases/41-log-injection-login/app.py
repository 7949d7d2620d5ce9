"""Audit logging for the authentication service."""
from __future__ import annotations

import logging

audit = logging.getLogger("auth.audit")


def record_login(username: str, ip: str, success: bool) -> None:
    """Write one audit line per login attempt.

    The security team's alerting parses these lines, one event per line.
    """
    if success:
        audit.info(f"login ok user={username} ip={ip}")
    else:
        audit.warning(f"login FAILED user={username} ip={ip}")


def record_lockout(username: str, attempts: int) -> None:
    """Audit line for an account locked after too many failures."""
    audit.error(f"account locked user={username} attempts={attempts}")


def failed_attempts(lines: list[str], username: str) -> int:
    """Count the failed logins of `username` in already-written audit lines."""
    return sum(1 for line in lines if line.startswith("login FAILED") and f"user={username} " in line)
