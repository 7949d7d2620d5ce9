"""Small product catalogue API with a name search endpoint."""
import sqlite3
from typing import Any

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["CATALOG_DB"] = "catalog.db"


def get_connection() -> sqlite3.Connection:
    """Open a connection to the catalogue database with dict-like rows."""
    conn = sqlite3.connect(app.config["CATALOG_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def init_catalog(db_path: str, products: list[tuple[str, float]]) -> None:
    """Create the products table and insert the given (name, price) pairs."""
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS products ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL)"
        )
        conn.executemany("INSERT INTO products (name, price) VALUES (?, ?)", products)


@app.route("/products/search")
def search_products() -> Any:
    """Return products whose name contains the ``name`` query parameter."""
    term = request.args.get("name", "").strip()
    if not term:
        return jsonify({"error": "missing name"}), 400
    conn = get_connection()
    try:
        rows = conn.execute(
            f"SELECT id, name, price FROM products WHERE name LIKE '%{term}%' ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    return jsonify([dict(row) for row in rows])


if __name__ == "__main__":
    app.run(debug=False)
