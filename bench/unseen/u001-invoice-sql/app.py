"""Invoice lookup service: a small Flask API over the billing SQLite database."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

from flask import Flask, jsonify, request


def build_invoice_query(customer: str, status: str | None = None) -> str:
    """Return the SQL that lists a customer's invoices, optionally filtered by status."""
    where = f"customer = '{customer}'"
    if status:
        where += f" AND status = '{status}'"
    return f"SELECT id, customer, amount, status FROM invoices WHERE {where} ORDER BY id"


def create_app(database: str) -> Flask:
    """Create the invoice API bound to the SQLite file at ``database``."""
    app = Flask(__name__)
    app.config["DATABASE"] = database

    def get_db() -> sqlite3.Connection:
        conn = sqlite3.connect(app.config["DATABASE"])
        conn.row_factory = sqlite3.Row
        return conn

    @app.get("/invoices")
    def list_invoices() -> Any:
        """List invoices for ``?customer=...`` (and optional ``&status=...``)."""
        customer = request.args.get("customer", "").strip()
        if not customer:
            return jsonify({"error": "customer is required"}), 400
        sql = build_invoice_query(customer, request.args.get("status"))
        with closing(get_db()) as conn:
            rows = conn.execute(sql).fetchall()
        return jsonify([dict(row) for row in rows])

    return app
