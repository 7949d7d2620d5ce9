"""Password hashing helpers for the members area."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 210_000
SALT_BYTES = 16


def hash_password(password: str) -> str:
    """Return ``pbkdf2_sha256$iterations$salt$hash`` suitable for storing."""
    salt = os.urandom(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${PBKDF2_ITERATIONS}${salt.hex()}${derived.hex()}"


def verify_password(password: str, stored_hash: str) -> bool:
    """Constant-time check of ``password`` against ``stored_hash``."""
    try:
        scheme, iterations, salt_hex, hash_hex = stored_hash.split("$")
        algorithm = scheme.removeprefix("pbkdf2_")
        candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), hash_hex)


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
