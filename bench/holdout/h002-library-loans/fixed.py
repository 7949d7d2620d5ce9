"""Data access for the branch library's loan desk."""
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import List, Optional

SCHEMA = """
CREATE TABLE IF NOT EXISTS loans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    due DATE NOT NULL,
    returned INTEGER NOT NULL DEFAULT 0
);
"""


@dataclass
class Loan:
    id: int
    member_id: int
    title: str
    due: str
    returned: bool


def _contains(term: str) -> str:
    """Wrap a search term so it matches anywhere in the column."""
    return "%%%s%%" % term.strip()


class LoanRepository:
    """Thin repository over a sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.executescript(SCHEMA)

    def checkout(self, member_id: int, title: str, days: int = 21) -> int:
        due = (date.today() + timedelta(days=days)).isoformat()
        cur = self.conn.execute(
            "INSERT INTO loans (member_id, title, due) VALUES (?, ?, ?)",
            (member_id, title, due),
        )
        self.conn.commit()
        return cur.lastrowid

    def mark_returned(self, loan_id: int) -> None:
        self.conn.execute("UPDATE loans SET returned = 1 WHERE id = ?", (loan_id,))
        self.conn.commit()

    def search_member_loans(self, member_id: int, term: str,
                            include_returned: bool = False) -> List[Loan]:
        """Find a member's loans whose title contains ``term``."""
        pattern = _contains(term)
        query = "SELECT * FROM loans WHERE member_id = ? AND title LIKE ?"
        if not include_returned:
            query += " AND returned = 0"
        rows = self.conn.execute(query + " ORDER BY due", (int(member_id), pattern)).fetchall()
        return [Loan(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def get(self, loan_id: int) -> Optional[Loan]:
        r = self.conn.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
        return Loan(r[0], r[1], r[2], r[3], bool(r[4])) if r else None
