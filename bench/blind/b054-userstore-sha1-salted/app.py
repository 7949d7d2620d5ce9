"""File-backed user store for a small internal admin tool."""
from __future__ import annotations

import hashlib
import json
import secrets
from pathlib import Path


class UserStore:
    """Keeps usernames with salted password hashes in a JSON file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._users: dict[str, dict[str, str]] = {}
        if self.path.exists():
            self._users = json.loads(self.path.read_text(encoding="utf-8"))

    @staticmethod
    def _hash(password: str, salt: str) -> str:
        return hashlib.sha1((salt + password).encode("utf-8")).hexdigest()

    def _save(self) -> None:
        self.path.write_text(json.dumps(self._users, indent=2, sort_keys=True), encoding="utf-8")

    def add_user(self, username: str, password: str, role: str = "viewer") -> None:
        """Create or replace a user record and persist the store."""
        salt = secrets.token_hex(16)
        self._users[username] = {
            "salt": salt,
            "hash": self._hash(password, salt),
            "role": role,
        }
        self._save()

    def authenticate(self, username: str, password: str) -> str | None:
        """Return the user's role when the password is right, else None."""
        record = self._users.get(username)
        if record is None:
            return None
        if self._hash(password, record["salt"]) != record["hash"]:
            return None
        return record["role"]

    def usernames(self) -> list[str]:
        return sorted(self._users)
