"""Async repository for customer records backed by sqlite3."""
from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass

TABLE = "customers"


@dataclass
class Customer:
    id: int
    name: str
    email: str
    tier: str


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class CustomerRepository:
    """Small async facade over a sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def init_schema(self) -> None:
        self._conn.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "email TEXT NOT NULL, tier TEXT NOT NULL)"
        )
        self._conn.commit()

    async def add(self, name: str, email: str, tier: str = "free") -> int:
        cur = self._conn.execute(
            f"INSERT INTO {TABLE} (name, email, tier) VALUES (?, ?, ?)",
            (name, email, tier),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    async def find_by_tier(self, tier: str, name_prefix: str = "") -> list[Customer]:
        """Return customers on ``tier``, optionally filtered by name prefix."""
        query = f"SELECT id, name, email, tier FROM {TABLE} WHERE tier = ?"
        params: list[str] = [tier]
        if name_prefix:
            query += " AND name LIKE ? ESCAPE '\\'"
            params.append(_escape_like(name_prefix) + "%")
        query += " ORDER BY id"
        await asyncio.sleep(0)
        rows = self._conn.execute(query, params).fetchall()
        return [Customer(*row) for row in rows]

    async def count_by_tier(self, tier: str) -> int:
        customers = await self.find_by_tier(tier)
        return len(customers)
