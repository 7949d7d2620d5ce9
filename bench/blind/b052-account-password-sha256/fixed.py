"""Account registration and login backed by SQLite."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16


def init_schema(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS accounts ("
        " username TEXT PRIMARY KEY, password_hash TEXT NOT NULL)"
    )


def hash_password(password: str) -> str:
    """Turn a plaintext password into the value kept in the database.

    Format: ``scrypt$n$r$p$<salt b64>$<key b64>`` with a fresh random salt.
    """
    salt = os.urandom(SALT_BYTES)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(key)}"


def verify_password(password: str, stored_hash: str) -> bool:
    """Check a login attempt against a stored hash."""
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored_hash.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(key_b64)
        key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(key, expected)


def register(conn: sqlite3.Connection, username: str, password: str) -> bool:
    """Create an account; returns False when the username is taken."""
    digest = hash_password(password)
    try:
        with conn:
            conn.execute(
                "INSERT INTO accounts (username, password_hash) VALUES (?, ?)",
                (username, digest),
            )
    except sqlite3.IntegrityError:
        return False
    return True


def login(conn: sqlite3.Connection, username: str, password: str) -> bool:
    """Return True when the username exists and the password matches."""
    row = conn.execute(
        "SELECT password_hash FROM accounts WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        return False
    return verify_password(password, row[0])
