"""User account service (registration and login checks)."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class UserExistsError(Exception):
    pass


@dataclass
class UserService:
    """Keeps user records in memory; the repository layer persists ``users``."""

    users: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)

    @staticmethod
    def hash_password(password: str) -> str:
        """Return the storable representation ``scrypt$n$r$p$salt$digest``."""
        salt = secrets.token_bytes(16)
        digest = UserService._derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"

    @staticmethod
    def check_hash(password: str, stored: str) -> bool:
        try:
            scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        except ValueError:
            return False
        if scheme != "scrypt":
            return False
        candidate = UserService._derive(password, bytes.fromhex(salt_hex), int(n), int(r), int(p))
        return hmac.compare_digest(candidate.hex(), digest_hex)

    def register(self, username: str, password: str) -> None:
        if username in self.users:
            raise UserExistsError(username)
        if len(password) < 8:
            raise ValueError("password must be at least 8 characters")
        self.users[username] = self.hash_password(password)

    def verify(self, username: str, password: str) -> bool:
        stored = self.users.get(username)
        if stored is None:
            return False
        return self.check_hash(password, stored)

    def change_password(self, username: str, old: str, new: str) -> bool:
        if not self.verify(username, old):
            return False
        self.users[username] = self.hash_password(new)
        return True
