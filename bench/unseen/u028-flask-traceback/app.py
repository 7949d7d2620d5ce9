"""Order API with a catch-all JSON error handler."""
from __future__ import annotations

import traceback
from typing import Any

from flask import Flask, jsonify

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
    """Always answer JSON so API clients never get an HTML error page."""
    return jsonify({"error": type(exc).__name__, "detail": traceback.format_exc()}), 500
