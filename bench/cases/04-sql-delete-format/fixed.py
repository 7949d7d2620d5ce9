"""Personal notes: create, list and delete, one owner per note."""
from __future__ import annotations

import sqlite3


def init_notes(conn: sqlite3.Connection) -> None:
    """Create the notes table."""
    conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, body TEXT)")
    conn.commit()


def add_note(conn: sqlite3.Connection, owner: str, body: str) -> int:
    """Store a note for `owner` and return its id."""
    cur = conn.execute("INSERT INTO notes (owner, body) VALUES (?, ?)", (owner, body))
    conn.commit()
    return int(cur.lastrowid or 0)


def list_notes(conn: sqlite3.Connection, owner: str) -> list[str]:
    """Bodies of the owner's notes, oldest first."""
    rows = conn.execute("SELECT body FROM notes WHERE owner = ? ORDER BY id", (owner,)).fetchall()
    return [r[0] for r in rows]


def delete_note(conn: sqlite3.Connection, owner: str, note_id: str) -> int:
    """Delete one of the owner's notes.

    `note_id` comes straight from the request path (``DELETE /notes/<note_id>``).
    Returns the number of deleted rows (0 when the note is not the owner's).
    """
    sql = "DELETE FROM notes WHERE owner = ? AND id = ?"
    cur = conn.execute(sql, (owner, note_id))
    conn.commit()
    return cur.rowcount
