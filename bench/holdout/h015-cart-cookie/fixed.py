"""Cookie-backed shopping cart for the tea shop (no server-side sessions)."""
import base64
import json
from typing import Dict

from flask import Flask, jsonify, request

app = Flask(__name__)

CART_COOKIE = "cart"
CATALOG = {  # prices always come from here, never from the client
    "sencha-100g": 8.50,
    "oolong-50g": 11.00,
    "matcha-30g": 19.90,
}


def load_cart() -> Dict[str, int]:
    """Decode the cart carried in the visitor's cookie."""
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return {}
    try:
        data = json.loads(base64.urlsafe_b64decode(raw.encode()))
    except (ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int)}


def dump_cart(cart: Dict[str, int]) -> str:
    return base64.urlsafe_b64encode(json.dumps(cart).encode()).decode()


def summarize(cart: Dict[str, int]) -> dict:
    lines = [
        {"sku": sku, "qty": qty, "subtotal": round(CATALOG[sku] * qty, 2)}
        for sku, qty in sorted(cart.items()) if sku in CATALOG
    ]
    return {"items": lines, "total": round(sum(l["subtotal"] for l in lines), 2)}


@app.get("/cart")
def view_cart():
    return jsonify(summarize(load_cart()))


@app.post("/cart/items")
def add_item():
    payload = request.get_json(force=True)
    sku, qty = payload.get("sku"), int(payload.get("qty", 1))
    if sku not in CATALOG or not 0 < qty <= 20:
        return jsonify(error="unknown product or bad quantity"), 400
    cart = load_cart()
    cart[sku] = min(cart.get(sku, 0) + qty, 20)
    resp = jsonify(summarize(cart))
    resp.set_cookie(CART_COOKIE, dump_cart(cart), max_age=7 * 24 * 3600, samesite="Lax")
    return resp
