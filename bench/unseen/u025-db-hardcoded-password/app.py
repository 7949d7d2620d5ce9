"""Connection helper for the reporting warehouse (MySQL-compatible)."""
from __future__ import annotations

from typing import Any, Callable

DB_HOST = "warehouse.internal"
DB_PORT = 3306
DB_USER = "reporting"
DB_PASSWORD = "Wh!Rep0rting#2024"
DB_NAME = "analytics"

Connector = Callable[..., Any]


class WarehouseDB:
    """Lazily opens one DB-API connection using the given ``connect`` function."""

    def __init__(self, connector: Connector) -> None:
        self._connector = connector
        self._conn: Any = None

    def connect(self) -> Any:
        """Return the open connection, creating it on first use."""
        if self._conn is None:
            self._conn = self._connector(
                host=DB_HOST,
                port=DB_PORT,
                user=DB_USER,
                password=DB_PASSWORD,
                database=DB_NAME,
            )
        return self._conn

    def fetch_all(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run a query and return every row."""
        cur = self.connect().cursor()
        try:
            cur.execute(sql, params)
            return list(cur.fetchall())
        finally:
            cur.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
