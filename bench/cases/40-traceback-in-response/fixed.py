"""Bulk order import endpoint of the wholesale API (framework-independent core)."""
from __future__ import annotations

import json
import logging
import uuid
from decimal import Decimal
from typing import Any

logger = logging.getLogger(__name__)


def parse_order(raw: dict[str, Any]) -> tuple[str, int, Decimal]:
    """Validate one order record: (sku, quantity, unit price)."""
    sku = str(raw["sku"])
    quantity = int(raw["quantity"])
    price = Decimal(str(raw["unit_price"]))
    if quantity <= 0 or price < 0:
        raise ValueError(f"bad quantity or price for {sku}")
    return sku, quantity, price


def handle_import(body: bytes) -> tuple[int, dict[str, Any]]:
    """Handle ``POST /orders/import``; return the status code and the JSON body."""
    try:
        payload = json.loads(body)
        orders = [parse_order(o) for o in payload["orders"]]
    except Exception:
        incident = uuid.uuid4().hex[:12]
        logger.exception("order import failed (incident %s)", incident)
        return 400, {"error": "import failed", "detail": f"invalid order data (incident {incident})"}
    total = sum((q * p for _, q, p in orders), Decimal("0"))
    return 200, {"imported": len(orders), "total": str(total)}
