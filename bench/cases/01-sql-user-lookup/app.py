"""User account storage and lookup backed by SQLite."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    id: int
    username: str
    email: str


def init_db(conn: sqlite3.Connection) -> None:
    """Create the users table if it does not exist yet."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS users ("
        "id INTEGER PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT NOT NULL)"
    )
    conn.commit()


def add_user(conn: sqlite3.Connection, username: str, email: str) -> int:
    """Insert a user and return the new row id."""
    cur = conn.execute("INSERT INTO users (username, email) VALUES (?, ?)", (username, email))
    conn.commit()
    return int(cur.lastrowid or 0)


def find_user(conn: sqlite3.Connection, username: str) -> User | None:
    """Return the user with this username, or None if there is no such user."""
    query = f"SELECT id, username, email FROM users WHERE username = '{username}'"
    row = conn.execute(query).fetchone()
    return User(*row) if row else None
