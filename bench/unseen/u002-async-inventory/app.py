"""Async inventory service used by the warehouse dashboard."""
from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    sku TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    qty INTEGER NOT NULL DEFAULT 0
)
"""


class InventoryService:
    """Small async facade over the inventory SQLite database."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Execute one statement in a short-lived connection (runs in a worker thread)."""
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        try:
            rows = conn.execute(sql, params).fetchall()
            conn.commit()
            return [dict(row) for row in rows]
        finally:
            conn.close()

    async def init_schema(self) -> None:
        """Create the items table if it does not exist yet."""
        await asyncio.to_thread(self._run, SCHEMA)

    async def add_item(self, sku: str, name: str, category: str, qty: int) -> None:
        """Insert a new stock item."""
        await asyncio.to_thread(
            self._run,
            "INSERT INTO items (sku, name, category, qty) VALUES (?, ?, ?, ?)",
            (sku, name, category, qty),
        )

    async def items_in_category(self, category: str, min_qty: int = 0) -> list[dict[str, Any]]:
        """Return the items of ``category`` with at least ``min_qty`` units in stock."""
        query = "SELECT sku, name, category, qty FROM items"
        query += " WHERE category = '" + category + "'"
        query += " AND qty >= " + str(int(min_qty)) + " ORDER BY sku"
        return await asyncio.to_thread(self._run, query)
