"""Product catalogue search API."""
from __future__ import annotations

import sqlite3
from typing import Optional

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["DATABASE"] = "catalogue.db"

PAGE_SIZE = 20


def get_db() -> sqlite3.Connection:
    """Return a per-request connection to the catalogue database."""
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc: Optional[BaseException]) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db() -> None:
    """Create the products table (idempotent)."""
    with sqlite3.connect(app.config["DATABASE"]) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS products ("
            "id INTEGER PRIMARY KEY, name TEXT, category TEXT, price REAL)"
        )


def build_search_sql(term: str, category: Optional[str]) -> tuple[str, list]:
    """Build the parameterised SQL (and its parameters) for the search endpoint."""
    sql = "SELECT id, name, category, price FROM products WHERE name LIKE ?"
    params: list = [f"%{term}%"]
    if category:
        sql += " AND category = ?"
        params.append(category)
    sql += " ORDER BY name LIMIT ?"
    params.append(PAGE_SIZE)
    return sql, params


@app.get("/products/search")
def search_products():
    term = request.args.get("q", "").strip()
    category = request.args.get("category")
    if not term:
        return jsonify({"error": "missing q"}), 400
    sql, params = build_search_sql(term, category)
    rows = get_db().execute(sql, params).fetchall()
    return jsonify({"results": [dict(row) for row in rows]})
