"""Order API with a catch-all JSON error handler."""
from __future__ import annotations

from typing import Any

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

ORDERS: dict[int, dict[str, Any]] = {
    1001: {"customer": "alice", "items": [{"sku": "A1", "price": 9.5, "qty": 2}]},
    1002: {"customer": "bob", "items": [{"sku": "B2", "price": None, "qty": 1}]},  # legacy import
}

app = Flask(__name__)


def order_total(order_id: int) -> float:
    """Sum price * qty over the order's line items."""
    order = ORDERS[order_id]
    return round(sum(item["price"] * item["qty"] for item in order["items"]), 2)


@app.get("/api/orders/<int:order_id>/total")
def get_total(order_id: int) -> Any:
    return jsonify({"order_id": order_id, "total": order_total(order_id)})


@app.errorhandler(Exception)
def handle_error(exc: Exception) -> Any:
    """Always answer JSON; details go to the server log, never to the client."""
    if isinstance(exc, HTTPException):
        return jsonify({"error": exc.name}), exc.code
    app.logger.exception("unhandled error")
    return jsonify({"error": "internal server error"}), 500
