"""Async data access for helpdesk tickets (sqlite3 wrapped with asyncio.to_thread)."""
from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Ticket:
    id: int
    customer: str
    subject: str
    status: str


class TicketRepository:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    def _run(self, sql: str, params: tuple = ()) -> list[tuple]:
        conn = sqlite3.connect(self.db_path)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    async def search(self, status: str, customer: Optional[str] = None,
                     keyword: Optional[str] = None) -> list[Ticket]:
        """Tickets with the given status, optionally filtered by customer and subject keyword."""
        sql = "SELECT id, customer, subject, status FROM tickets WHERE status = ?"
        params: list[str] = [status]
        if customer:
            sql += " AND customer = ?"
            params.append(customer)
        if keyword:
            sql += " AND subject LIKE '%' || ? || '%'"
            params.append(keyword)
        sql += " ORDER BY id"
        rows = await asyncio.to_thread(self._run, sql, tuple(params))
        return [Ticket(*row) for row in rows]

    async def count_open(self, customer: str) -> int:
        """Number of open tickets for one customer."""
        sql = "SELECT COUNT(*) FROM tickets WHERE status = 'open' AND customer = ?"
        rows = await asyncio.to_thread(self._run, sql, (customer,))
        return rows[0][0]
