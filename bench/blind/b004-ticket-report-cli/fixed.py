"""Command-line report of helpdesk tickets opened since a given date.

Example:
    python app.py tickets.db --since 2024-01-01 --status open
"""
import argparse
import sqlite3
import sys
from typing import Optional, Sequence

DEFAULT_STATUS = "open"


def fetch_tickets(db_path: str, since: str, status: str) -> list[tuple[int, str, str, str]]:
    """Return (id, title, status, opened_on) rows opened on/after ``since`` with ``status``."""
    query = (
        "SELECT id, title, status, opened_on FROM tickets "
        "WHERE opened_on >= ? AND status = ? "
        "ORDER BY opened_on, id"
    )
    with sqlite3.connect(db_path) as conn:
        return conn.execute(query, (since, status)).fetchall()


def format_report(rows: list[tuple[int, str, str, str]]) -> str:
    """Render rows as a fixed-width text table."""
    lines = [f"{'ID':>4}  {'OPENED':<10}  {'STATUS':<8}  TITLE"]
    for ticket_id, title, status, opened_on in rows:
        lines.append(f"{ticket_id:>4}  {opened_on:<10}  {status:<8}  {title}")
    lines.append(f"{len(rows)} ticket(s)")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Helpdesk ticket report")
    parser.add_argument("database", help="path to the sqlite database")
    parser.add_argument("--since", required=True, help="ISO date, e.g. 2024-01-31")
    parser.add_argument("--status", default=DEFAULT_STATUS, help="ticket status to include")
    args = parser.parse_args(argv)
    rows = fetch_tickets(args.database, args.since, args.status)
    print(format_report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
