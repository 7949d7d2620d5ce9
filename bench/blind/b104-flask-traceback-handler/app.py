"""Shipment tracking API for the logistics dashboard."""
from __future__ import annotations

import sqlite3
import traceback

from flask import Flask, g, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
app.config["DATABASE"] = "/var/lib/logistics/shipments.db"


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/shipments/<code>")
def track(code: str):
    """Current status and checkpoints of one shipment."""
    db = get_db()
    row = db.execute(
        "SELECT code, status, eta FROM shipments WHERE code = ?", (code.upper(),)
    ).fetchone()
    if row is None:
        return jsonify({"error": "shipment not found"}), 404
    stops = db.execute(
        "SELECT place, at FROM checkpoints WHERE code = ? ORDER BY at", (row["code"],)
    ).fetchall()
    return jsonify({**dict(row), "checkpoints": [dict(s) for s in stops]})


@app.errorhandler(Exception)
def handle_unexpected(exc: Exception):
    """Return JSON for every error so the dashboard can show something useful."""
    if isinstance(exc, HTTPException):
        return jsonify({"error": exc.description}), exc.code
    details = traceback.format_exc()
    return jsonify({"error": f"{type(exc).__name__}: {exc}", "trace": details}), 500
