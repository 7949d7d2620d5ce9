"""Shopping cart sessions kept in a cookie, cached server-side."""
from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Optional

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
CART_COOKIE = "cart"


class SessionCache:
    """Dict-like byte store (stand-in for Redis/memcached)."""

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def get(self, key: str) -> Optional[bytes]:
        return self._data.get(key)

    def set(self, key: str, value: bytes) -> None:
        self._data[key] = value


cache = SessionCache()


def dump_cart(cart: dict[str, Any]) -> str:
    """Serialize the cart, cache it and return the cookie value."""
    blob = json.dumps(cart, sort_keys=True).encode("utf-8")
    token = base64.urlsafe_b64encode(blob).decode("ascii")
    cache.set(token, blob)
    return token


def load_cart(token: Optional[str]) -> dict[str, Any]:
    """Restore a cart from its cookie value (cache first, then the cookie itself)."""
    if not token:
        return {}
    blob = cache.get(token)
    try:
        if blob is None:
            blob = base64.urlsafe_b64decode(token.encode("ascii"))
        data = json.loads(blob.decode("utf-8"))
    except (binascii.Error, UnicodeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int)}


@app.post("/cart/items")
def add_item():
    data = request.get_json(force=True)
    sku, qty = str(data["sku"]), int(data.get("qty", 1))
    cart = load_cart(request.cookies.get(CART_COOKIE))
    cart[sku] = cart.get(sku, 0) + qty
    resp = make_response(jsonify({"items": cart}), 201)
    resp.set_cookie(CART_COOKIE, dump_cart(cart), httponly=True, samesite="Lax")
    return resp


@app.get("/cart")
def show_cart():
    cart = load_cart(request.cookies.get(CART_COOKIE))
    return jsonify({"items": cart, "count": sum(cart.values())})
