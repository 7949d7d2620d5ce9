"""Order history queries for the customer dashboard."""
from __future__ import annotations

import sqlite3
from typing import TypedDict


class Order(TypedDict):
    id: int
    customer_id: str
    total_cents: int
    status: str


SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
);
"""


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the orders table."""
    conn.executescript(SCHEMA)


def place_order(conn: sqlite3.Connection, customer_id: str, total_cents: int, status: str = "open") -> int:
    """Record an order and return its id."""
    cur = conn.execute(
        "INSERT INTO orders (customer_id, total_cents, status) VALUES (?, ?, ?)",
        (customer_id, total_cents, status),
    )
    return int(cur.lastrowid or 0)


def orders_for_customer(conn: sqlite3.Connection, customer_id: str, status: str = "open") -> list[Order]:
    """Return one customer's orders with the given status, newest first."""
    sql = (
        "SELECT id, customer_id, total_cents, status FROM orders "
        "WHERE customer_id = ? AND status = ? ORDER BY id DESC"
    )
    rows = conn.execute(sql, (customer_id, status)).fetchall()
    return [Order(id=r[0], customer_id=r[1], total_cents=r[2], status=r[3]) for r in rows]
