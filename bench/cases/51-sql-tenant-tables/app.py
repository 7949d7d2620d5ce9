"""Schema management for the multi-tenant SQLite deployment (one table set per tenant)."""
from __future__ import annotations

import sqlite3


def create_tenant_tables(conn: sqlite3.Connection, tenant: str) -> None:
    """Create the tables of a newly signed-up organisation.

    Args:
        conn: open database connection.
        tenant: the organisation's slug chosen at sign-up, e.g. ``acme``.
    """
    conn.executescript(
        f"""
        CREATE TABLE IF NOT EXISTS {tenant}_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS {tenant}_invoices (id INTEGER PRIMARY KEY, total_cents INTEGER);
        """
    )


def tenant_tables(conn: sqlite3.Connection, tenant: str) -> list[str]:
    """Names of the tables that belong to `tenant`, sorted."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?) ORDER BY name",
        (f"{tenant}_invoices", f"{tenant}_users"),
    ).fetchall()
    return [r[0] for r in rows]
