"""Order lookup API for the customer support console."""
from __future__ import annotations

import logging
import os
import traceback

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
logger = logging.getLogger(__name__)

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://support:changeme@db.internal:5432/orders")
ORDERS = {"1001": {"id": "1001", "status": "shipped", "total": "49.90"}}


class OrderBackendError(RuntimeError):
    pass


def fetch_order(order_id: str) -> dict | None:
    """Look an order up; ids starting with 9 live in the legacy shard."""
    if order_id.startswith("9"):
        raise OrderBackendError(f"legacy shard unreachable via {DATABASE_URL}")
    return ORDERS.get(order_id)


@app.get("/orders/<order_id>")
def get_order(order_id: str):
    order = fetch_order(order_id)
    if order is None:
        return jsonify({"error": "order not found"}), 404
    return jsonify(order)


@app.errorhandler(Exception)
def handle_error(exc: Exception):
    if isinstance(exc, HTTPException):
        return jsonify({"error": exc.description}), exc.code
    logger.error("unhandled error: %s", exc)
    return jsonify({
        "error": str(exc),
        "type": type(exc).__name__,
        "traceback": traceback.format_exc(),
    }), 500
