"""In-memory user registry used by the admin CLI."""
from __future__ import annotations

import hashlib


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
        self.users[username] = hashlib.sha1(password.encode()).hexdigest()

    def check(self, username: str, password: str) -> bool:
        """Return True when ``password`` is the user's password."""
        stored = self.users.get(username)
        if stored is None:
            return False
        return hashlib.sha1(password.encode()).hexdigest() == stored
