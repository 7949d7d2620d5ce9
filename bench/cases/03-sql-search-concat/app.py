"""Catalogue search for the shop's product list."""
from __future__ import annotations

import sqlite3


def setup_catalogue(conn: sqlite3.Connection, products: list[tuple[str, float]]) -> None:
    """Create the products table and load (name, price) pairs into it."""
    conn.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL)")
    conn.executemany("INSERT INTO products (name, price) VALUES (?, ?)", products)
    conn.commit()


def search_products(conn: sqlite3.Connection, term: str, limit: int = 20) -> list[tuple[int, str, float]]:
    """Return products whose name contains `term` (case-insensitive), sorted by name.

    Args:
        conn: open database connection.
        term: text typed into the search box.
        limit: maximum number of rows to return.
    """
    sql = (
        "SELECT id, name, price FROM products WHERE name LIKE '%"
        + term
        + "%' ORDER BY name LIMIT "
        + str(int(limit))
    )
    cursor = conn.cursor()
    cursor.execute(sql)
    return [(int(r[0]), str(r[1]), float(r[2])) for r in cursor.fetchall()]
