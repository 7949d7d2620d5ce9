"""Checkout completion for the storefront: confirm the order, then bounce back."""
from __future__ import annotations

import itertools
import os
import secrets
from typing import Optional
from urllib.parse import urlsplit

from flask import Flask, abort, jsonify, redirect, request, session, url_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ.get("SHOP_SECRET_KEY") or secrets.token_hex(32),
    SESSION_COOKIE_SAMESITE="Lax",
)

_order_ids = itertools.count(1001)
ORDERS: dict[int, dict] = {}


def safe_next(target: Optional[str], fallback: str) -> str:
    """Only allow redirects back into our own site."""
    if not target:
        return fallback
    cleaned = target.replace("\\", "/")
    parts = urlsplit(cleaned)
    if (cleaned.startswith("/") and not cleaned.startswith("//")
            and not parts.scheme and not parts.netloc
            and not any(ord(ch) < 32 for ch in cleaned)):
        return target
    return fallback


@app.post("/cart/items")
def add_to_cart():
    item = request.get_json(force=True)
    session.setdefault("cart", []).append({"sku": item["sku"], "qty": int(item.get("qty", 1))})
    session.modified = True
    return jsonify(cart=session["cart"])


@app.post("/checkout/complete")
def complete_checkout():
    cart = session.get("cart") or []
    if not cart:
        abort(400, description="cart is empty")
    order_id = next(_order_ids)
    ORDERS[order_id] = {"items": cart, "status": "confirmed"}
    session.pop("cart", None)
    fallback = url_for("order_detail", order_id=order_id)
    destination = safe_next(request.args.get("next"), fallback)
    return redirect(destination, code=303)


@app.get("/orders/<int:order_id>")
def order_detail(order_id: int):
    order = ORDERS.get(order_id)
    if order is None:
        abort(404)
    return jsonify(id=order_id, **order)
