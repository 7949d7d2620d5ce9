"""Storefront product search page."""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, request


def find_products(db_path: str, term: str) -> list[tuple[str, float]]:
    """Return (name, price) for products whose name contains ``term``."""
    sql = "SELECT name, price FROM products WHERE name LIKE '%%%s%%' ORDER BY name" % term
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


def create_app(db_path: str) -> Flask:
    """Build the search page over the catalogue database at ``db_path``."""
    app = Flask(__name__)

    @app.get("/search")
    def search() -> str:
        term = request.args.get("q", "")
        rows = find_products(db_path, term)
        items = "".join(f"<li>{name} - ${price:.2f}</li>" for name, price in rows)
        return (
            f"<h2>Results for {term}</h2>"
            f"<p>{len(rows)} product(s) found</p>"
            f"<ul>{items}</ul>"
        )

    return app
