"""Account registration for the partner portal: invite by e-mail with a temporary password."""
from __future__ import annotations

import hashlib
import random
import sqlite3
import string

TEMP_PASSWORD_LENGTH = 12
PASSWORD_ALPHABET = string.ascii_letters + string.digits


def _generate_temp_password(length: int = TEMP_PASSWORD_LENGTH) -> str:
    return "".join(random.choice(PASSWORD_ALPHABET) for _ in range(length))


def _hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def _check_password(password: str, stored: str) -> bool:
    return _hash_password(password) == stored


class AccountService:
    """Creates partner accounts and checks their credentials."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("CREATE TABLE IF NOT EXISTS accounts (email TEXT PRIMARY KEY, "
                     "password_hash TEXT NOT NULL, must_reset INTEGER NOT NULL)")

    def register(self, email: str) -> str:
        """Create the account and return the temporary password to e-mail out."""
        temp_password = _generate_temp_password()
        digest = _hash_password(temp_password)
        with self.conn:
            self.conn.execute("INSERT INTO accounts VALUES (?, ?, 1)", (email.lower(), digest))
        return temp_password

    def verify(self, email: str, password: str) -> bool:
        row = self.conn.execute("SELECT password_hash FROM accounts WHERE email = ?",
                                (email.lower(),)).fetchone()
        return row is not None and _check_password(password, row[0])

    def change_password(self, email: str, old: str, new: str) -> bool:
        """Replace the password; False if *old* is wrong."""
        if not self.verify(email, old):
            return False
        with self.conn:
            self.conn.execute("UPDATE accounts SET password_hash = ?, must_reset = 0 "
                              "WHERE email = ?", (_hash_password(new), email.lower()))
        return True
