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


def build_search_sql(term: str, category: Optional[str]) -> str:
    """Build the SQL used by the search endpoint."""
    sql = "SELECT id, name, category, price FROM products WHERE name LIKE '%%%s%%'" % term
    if category:
        sql += " AND category = '%s'" % category
    return sql + " ORDER BY name LIMIT %d" % PAGE_SIZE


@app.get("/products/search")
def search_products():
    term = request.args.get("q", "").strip()
    category = request.args.get("category")
    if not term:
        return jsonify({"error": "missing q"}), 400
    sql = build_search_sql(term, category)
    rows = get_db().execute(sql).fetchall()
    return jsonify({"results": [dict(row) for row in rows]})
