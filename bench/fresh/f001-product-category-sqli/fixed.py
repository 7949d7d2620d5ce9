"""Product catalogue API: list products, optionally filtered by category."""
from __future__ import annotations

import sqlite3
from typing import Any

from fastapi import FastAPI, HTTPException, Query

SORT_COLUMNS: dict[str, str] = {
    "name": "name",
    "price": "price",
    "newest": "created_at DESC",
}


def open_db(db_path: str) -> sqlite3.Connection:
    """Open the catalogue database with dict-like rows."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    return conn


def build_listing_query(category: str | None, sort: str) -> tuple[str, tuple[Any, ...]]:
    """Compose the SELECT for the product listing and its bound parameters."""
    order_by = SORT_COLUMNS[sort]
    sql = "SELECT id, name, category, price FROM products"
    params: tuple[Any, ...] = ()
    if category:
        sql += " WHERE category = ?"
        params = (category,)
    return sql + f" ORDER BY {order_by}", params


def create_app(db_path: str) -> FastAPI:
    """Create the catalogue API bound to the given SQLite file."""
    app = FastAPI(title="Catalogue")

    @app.get("/products")
    def list_products(
        category: str | None = Query(default=None),
        sort: str = Query(default="name"),
    ) -> list[dict[str, Any]]:
        if sort not in SORT_COLUMNS:
            raise HTTPException(status_code=400, detail="unknown sort key")
        query, params = build_listing_query(category, sort)
        with open_db(db_path) as conn:
            rows = conn.execute(query, params).fetchall()
        return [dict(row) for row in rows]

    return app
