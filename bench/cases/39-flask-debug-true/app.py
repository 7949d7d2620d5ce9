"""HTTP service exposing the shop's price calculator."""
from __future__ import annotations

import os
from decimal import Decimal

from flask import Flask, jsonify, request
from flask.typing import ResponseReturnValue

UNIT_PRICE = Decimal("4.50")
BULK_DISCOUNT = Decimal("0.90")  # 10 % off from 10 units


def quote(quantity: int) -> Decimal:
    """Total price for `quantity` units, bulk discount included."""
    total = UNIT_PRICE * quantity
    return (total * BULK_DISCOUNT if quantity >= 10 else total).quantize(Decimal("0.01"))


def create_app() -> Flask:
    """Build the Flask application."""
    app = Flask(__name__)

    @app.get("/quote")
    def get_quote() -> ResponseReturnValue:
        quantity = int(request.args.get("qty", "1"))
        return jsonify(quantity=quantity, total=str(quote(quantity)))

    return app


def main() -> None:
    """Run the service (``python app.py``)."""
    port = int(os.environ.get("PORT", "8000"))
    create_app().run(host=os.environ.get("HOST", "127.0.0.1"), port=port, debug=True)


if __name__ == "__main__":
    main()
