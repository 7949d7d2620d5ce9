"""User account service (registration and login checks)."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field


class UserExistsError(Exception):
    pass


@dataclass
class UserService:
    """Keeps user records in memory; the repository layer persists ``users``."""

    users: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def hash_password(password: str) -> str:
        """Return the storable representation ``salt$digest``."""
        salt = secrets.token_hex(8)
        digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()
        return f"{salt}${digest}"

    @staticmethod
    def check_hash(password: str, stored: str) -> bool:
        salt, _, digest = stored.partition("$")
        candidate = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()
        return hmac.compare_digest(candidate, digest)

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
