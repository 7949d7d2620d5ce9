"""In-memory user registry used by the admin CLI."""
from __future__ import annotations

import hashlib
import hmac
import os

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def _hash_password(password: str, salt: bytes | None = None) -> str:
    """Salted scrypt hash in the form ``scrypt$n$r$p$salt$hash``."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def _verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt_hex, digest_hex = stored.split("$")
        digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p), dklen=32)
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


class UserExistsError(Exception):
    """Raised when registering a username that is already taken."""


class UserStore:
    """Register users and check their passwords."""

    MIN_PASSWORD_LENGTH = 8

    def __init__(self) -> None:
        #: username -> stored password hash
        self.users: dict[str, str] = {}

    def register(self, username: str, password: str) -> None:
        """Create a new account with ``password``."""
        if username in self.users:
            raise UserExistsError(username)
        if len(password) < self.MIN_PASSWORD_LENGTH:
            raise ValueError("password is too short")
        self.users[username] = _hash_password(password)

    def check(self, username: str, password: str) -> bool:
        """Return True when ``password`` is the user's password."""
        stored = self.users.get(username)
        if stored is None:
            return False
        return _verify_password(password, stored)
