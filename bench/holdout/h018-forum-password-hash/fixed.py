"""Account registration and login for the retro-computing forum."""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
from typing import Optional

USERNAME_RE = re.compile(r"^[A-Za-z0-9_]{3,24}$")
PUBLIC_COLUMNS = ("id", "username", "signature")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class AccountError(Exception):
    pass


def hash_password(password: str, salt: Optional[bytes] = None) -> str:
    """Salted scrypt hash encoded as ``scrypt$salt$hash``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    dk = hashlib.scrypt(password.encode("utf-8"), salt=salt,
                        n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${salt.hex()}${dk.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, salt_hex, _ = stored.split("$")
    except ValueError:
        return False
    if algo != "scrypt":
        return False
    return hmac.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), stored)


class AccountService:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute(
            "CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, "
            "username TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, signature TEXT DEFAULT '')"
        )

    def register(self, username: str, password: str) -> int:
        if not USERNAME_RE.match(username):
            raise AccountError("username must be 3-24 letters, digits or underscores")
        if len(password) < 8:
            raise AccountError("password must be at least 8 characters")
        digest = hash_password(password)
        try:
            cur = self.conn.execute(
                "INSERT INTO accounts (username, password_hash) VALUES (?, ?)",
                (username, digest),
            )
        except sqlite3.IntegrityError:
            raise AccountError("username already taken") from None
        self.conn.commit()
        return cur.lastrowid

    def authenticate(self, username: str, password: str) -> Optional[dict]:
        row = self.conn.execute(
            "SELECT id, password_hash FROM accounts WHERE username = ?", (username,)
        ).fetchone()
        if row is None or not verify_password(password, row[1]):
            return None
        return self.profile(row[0])

    def profile(self, account_id: int) -> Optional[dict]:
        # column list is a module constant, only the id is user-controlled (bound)
        cols = ", ".join(PUBLIC_COLUMNS)
        row = self.conn.execute(f"SELECT {cols} FROM accounts WHERE id = ?", (account_id,)).fetchone()
        return dict(zip(PUBLIC_COLUMNS, row)) if row else None
