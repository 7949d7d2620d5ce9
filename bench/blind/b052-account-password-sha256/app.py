"""Account registration and login backed by SQLite."""
from __future__ import annotations

import hashlib
import sqlite3


def init_schema(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS accounts ("
        " username TEXT PRIMARY KEY, password_hash TEXT NOT NULL)"
    )


def hash_password(password: str) -> str:
    """Turn a plaintext password into the value kept in the database."""
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def verify_password(password: str, stored_hash: str) -> bool:
    """Check a login attempt against a stored hash."""
    return hash_password(password) == stored_hash


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
