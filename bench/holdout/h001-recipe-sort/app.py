"""Recipe browser: list recipes with user-selectable sorting."""
from __future__ import annotations

import sqlite3
from typing import Any

from flask import Flask, g, jsonify, request

DEFAULT_SORT = "title"


def create_app(db_path: str = ":memory:") -> Flask:
    """Build the recipe API bound to the SQLite database at ``db_path``."""
    app = Flask(__name__)
    app.config["DATABASE"] = db_path

    def get_db() -> sqlite3.Connection:
        if "db" not in g:
            g.db = sqlite3.connect(app.config["DATABASE"])
            g.db.row_factory = sqlite3.Row
        return g.db

    @app.teardown_appcontext
    def close_db(_exc: BaseException | None) -> None:
        db = g.pop("db", None)
        if db is not None:
            db.close()

    def _ordering(args: Any) -> str:
        """Translate ?sort=...&order=... into an ORDER BY clause."""
        column = args.get("sort", DEFAULT_SORT)
        direction = "DESC" if args.get("order", "asc").lower() == "desc" else "ASC"
        return f"{column} {direction}"

    @app.get("/recipes")
    def list_recipes():
        ordering = _ordering(request.args)
        limit = min(int(request.args.get("limit", 20)), 100)
        sql = (
            "SELECT id, title, cuisine, prep_minutes, rating FROM recipes "
            f"ORDER BY {ordering} LIMIT ?"
        )
        rows = get_db().execute(sql, (limit,)).fetchall()
        return jsonify([dict(row) for row in rows])

    @app.get("/recipes/<int:recipe_id>")
    def get_recipe(recipe_id: int):
        row = get_db().execute(
            "SELECT id, title, cuisine, prep_minutes, rating FROM recipes WHERE id = ?",
            (recipe_id,),
        ).fetchone()
        if row is None:
            return jsonify(error="not found"), 404
        return jsonify(dict(row))

    return app


def init_schema(db_path: str) -> None:
    """Create the tables used by the app (idempotent)."""
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            """
            CREATE TABLE IF NOT EXISTS recipes (
                id INTEGER PRIMARY KEY, title TEXT NOT NULL, cuisine TEXT,
                prep_minutes INTEGER, rating REAL
            );
            CREATE TABLE IF NOT EXISTS staff (
                id INTEGER PRIMARY KEY, email TEXT, api_token TEXT
            );
            """
        )
