"""Search rental listings with arbitrary equality filters coming from the query string."""
import sqlite3
from typing import Any, Mapping

LISTING_COLUMNS = "id, city, district, bedrooms, rent"


FILTERABLE = {"id", "city", "district", "bedrooms", "rent"}


def _where_clause(filters: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """Turn {"city": "Lyon", "bedrooms": 2} into ("WHERE city = ? AND bedrooms = ?", ["Lyon", 2])."""
    parts = []
    params: list[Any] = []
    for column, value in filters.items():
        if column not in FILTERABLE:
            raise ValueError(f"unknown filter: {column!r}")
        parts.append(f"{column} = ?")
        params.append(value)
    return (("WHERE " + " AND ".join(parts)) if parts else "", params)


def _run_query(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(sql, params).fetchall()]


def find_listings(conn: sqlite3.Connection, filters: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return listings matching every filter, cheapest first."""
    cleaned = {key: val for key, val in filters.items() if val not in (None, "")}
    where, params = _where_clause(cleaned)
    sql = f"SELECT {LISTING_COLUMNS} FROM listings {where} ORDER BY rent, id"
    return _run_query(conn, sql, params)


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS listings (id INTEGER PRIMARY KEY, city TEXT, "
        "district TEXT, bedrooms INTEGER, rent INTEGER, owner_phone TEXT)"
    )
