"""Account registration and login for the members area (SQLite backed)."""
from __future__ import annotations

import hashlib
import hmac
import sqlite3


def hash_password(password: str) -> str:
    """Return the value stored in the `password_hash` column."""
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def verify_password(password: str, stored_hash: str) -> bool:
    """Check a login attempt against the stored hash."""
    candidate = hash_password(password)
    return hmac.compare_digest(candidate, stored_hash)


class AccountService:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS accounts (email TEXT PRIMARY KEY, password_hash TEXT NOT NULL)"
        )

    def register(self, email: str, password: str) -> None:
        if len(password) < 8:
            raise ValueError("password must be at least 8 characters")
        stored = hash_password(password)
        with self.conn:
            self.conn.execute(
                "INSERT INTO accounts (email, password_hash) VALUES (?, ?)", (email.lower(), stored)
            )

    def login(self, email: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT password_hash FROM accounts WHERE email = ?", (email.lower(),)
        ).fetchone()
        return row is not None and verify_password(password, row[0])

    def change_password(self, email: str, old: str, new: str) -> bool:
        if not self.login(email, old):
            return False
        with self.conn:
            self.conn.execute(
                "UPDATE accounts SET password_hash = ? WHERE email = ?", (hash_password(new), email.lower())
            )
        return True
