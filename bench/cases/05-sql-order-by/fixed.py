"""Employee directory listing with user-selectable sorting."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

Employee = tuple[int, str, str, int]

# Column names cannot be bound as SQL parameters, so only these may reach ORDER BY.
SORTABLE_COLUMNS = frozenset({"id", "name", "department", "salary"})


def load_employees(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, int]]) -> None:
    """Create the employees table and insert (name, department, salary) rows."""
    conn.execute(
        "CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT, department TEXT, salary INTEGER)"
    )
    conn.executemany("INSERT INTO employees (name, department, salary) VALUES (?, ?, ?)", rows)
    conn.commit()


def list_employees(conn: sqlite3.Connection, sort_by: str = "name", descending: bool = False) -> list[Employee]:
    """Return all employees sorted by the column the user picked in the table header.

    Args:
        conn: open database connection.
        sort_by: column name from the ``?sort=`` query parameter.
        descending: sort direction from the ``?desc=1`` query parameter.

    Raises:
        ValueError: `sort_by` is not a sortable column.
    """
    if sort_by not in SORTABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort_by!r}")
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT id, name, department, salary FROM employees ORDER BY {sort_by} {direction}, id"
    return [tuple(row) for row in conn.execute(sql).fetchall()]  # type: ignore[misc]
