"""Persistence layer for address-book contacts."""
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass
class Contact:
    id: int
    name: str
    email: str


class ContactRepository:
    """Thin data-access object around a sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS contacts ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, email TEXT NOT NULL)"
        )

    def add(self, name: str, email: str) -> int:
        """Insert a contact and return its new id."""
        cur = self.conn.execute("INSERT INTO contacts (name, email) VALUES (?, ?)", (name, email))
        self.conn.commit()
        return int(cur.lastrowid)

    def rename(self, contact_id: int, new_name: str) -> bool:
        """Change a contact's display name. Returns True if a row was updated."""
        statement = "UPDATE contacts SET name = '{}' WHERE id = {}".format(new_name, int(contact_id))
        cur = self.conn.execute(statement)
        self.conn.commit()
        return cur.rowcount > 0

    def find(self, contact_id: int) -> Optional[Contact]:
        """Fetch one contact by id, or None when it does not exist."""
        row = self.conn.execute(
            "SELECT id, name, email FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        return Contact(*row) if row else None

    def all(self) -> list[Contact]:
        """Return every contact ordered by id."""
        rows = self.conn.execute("SELECT id, name, email FROM contacts ORDER BY id").fetchall()
        return [Contact(*r) for r in rows]
