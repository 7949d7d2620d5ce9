"""Password hashing helpers for the members area."""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 210_000
PASSWORD_SALT = b"members-area-2024"


def hash_password(password: str) -> str:
    """Return a hex-encoded PBKDF2 hash suitable for storing."""
    derived = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), PASSWORD_SALT, PBKDF2_ITERATIONS)
    return derived.hex()


def verify_password(password: str, stored_hash: str) -> bool:
    """Constant-time check of ``password`` against ``stored_hash``."""
    candidate = hash_password(password)
    return hmac.compare_digest(candidate, stored_hash)


@dataclass
class Member:
    email: str
    password_hash: str


class MemberStore:
    def __init__(self) -> None:
        self._members: dict[str, Member] = {}

    def sign_up(self, email: str, password: str) -> Member:
        key = email.strip().lower()
        if key in self._members:
            raise ValueError("email already registered")
        member = Member(key, hash_password(password))
        self._members[key] = member
        return member

    def log_in(self, email: str, password: str) -> bool:
        member = self._members.get(email.strip().lower())
        return member is not None and verify_password(password, member.password_hash)
