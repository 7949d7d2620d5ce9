"""One-time login codes sent by SMS for two-factor sign-in."""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass


@dataclass
class PendingCode:
    code: str
    attempts_left: int = 3


def generate_code(digits: int = 6) -> str:
    """A zero-padded numeric one-time code."""
    return str(random.randint(0, 10**digits - 1)).zfill(digits)


def start_challenge(pending: dict[str, PendingCode], phone: str) -> str:
    """Create and remember a code for `phone`; the caller sends it by SMS."""
    code = generate_code()
    pending[phone] = PendingCode(code)
    return code


def check_code(pending: dict[str, PendingCode], phone: str, attempt: str) -> bool:
    """Verify a code typed by the user; three wrong tries burn the code."""
    entry = pending.get(phone)
    if entry is None:
        return False
    if hmac.compare_digest(entry.code, attempt):
        del pending[phone]
        return True
    entry.attempts_left -= 1
    if entry.attempts_left <= 0:
        del pending[phone]
    return False
