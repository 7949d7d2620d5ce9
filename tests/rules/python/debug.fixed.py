"""Web service entry points and error handling."""
from __future__ import annotations

import logging
import traceback

from django.http import HttpRequest, JsonResponse
from fastapi import FastAPI, HTTPException
from flask import Flask, jsonify

logger = logging.getLogger(__name__)
app = Flask(__name__)
api = FastAPI()

# ruleid: flask-debug-true
app.config["DEBUG"] = False
# ruleid: flask-debug-true
DEBUG = False
# ok: flask-debug-true
TESTING = True


class DevelopmentConfig:
    # ok: flask-debug-true
    DEBUG = True


def create_app() -> Flask:
    flask_app = Flask(__name__)
    # ruleid: flask-debug-true
    flask_app.debug = False
    return flask_app


@app.route("/price/<sku>")
def price(sku: str):
    try:
        return jsonify(price=lookup_price(sku))
    except Exception as exc:
        # ruleid: traceback-exposed
        return jsonify({"error": str(exc)}), 500


@app.route("/report")
def report():
    try:
        return build_report()
    except Exception:
        # ruleid: traceback-exposed
        return {"error": "report failed", "trace": traceback.format_exc()}, 500


def handle_import(body: bytes) -> tuple[int, dict[str, str]]:
    try:
        import_orders(body)
    except Exception:
        # ruleid: traceback-exposed
        return 400, {"error": "import failed", "detail": traceback.format_exc()}
    return 200, {"status": "ok"}


def format_failure() -> str:
    # ok: traceback-exposed
    return traceback.format_exc()


@api.post("/orders")
async def create_order(order: dict) -> dict:
    try:
        return await save_order(order)
    except Exception as e:
        # ruleid: traceback-exposed
        raise HTTPException(status_code=500, detail=f"Order failed: {e}")


def order_view(request: HttpRequest) -> JsonResponse:
    try:
        return JsonResponse(load_order(request.GET["id"]))
    except Exception as err:
        # ruleid: traceback-exposed
        return JsonResponse({"error": repr(err)}, status=500)


@app.route("/price-safe/<sku>")
def price_safe(sku: str):
    try:
        return jsonify(price=lookup_price(sku))
    except Exception:
        logger.exception("price lookup failed for %s", sku)
        # ok: traceback-exposed
        return jsonify({"error": "internal error"}), 500


@api.post("/orders-safe")
async def create_order_safe(order: dict) -> dict:
    try:
        return await save_order(order)
    except ValueError as e:
        # ok: traceback-exposed
        raise HTTPException(status_code=400, detail=str(e))


def background_job() -> None:
    try:
        build_report()
    except Exception as e:
        # ok: traceback-exposed
        logger.error("job failed: %s", str(e))


if __name__ == "__main__":
    # ruleid: flask-debug-true
    app.run(host="0.0.0.0", port=5000, debug=False)
    # ok: flask-debug-true
    app.run(host="127.0.0.1", port=5000, debug=False)
