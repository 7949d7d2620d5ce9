"""Web service entry points and error handling."""
from __future__ import annotations

import logging
import traceback

from django.http import HttpRequest, JsonResponse
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from flask import Flask, jsonify

logger = logging.getLogger(__name__)
app = Flask(__name__)
api = FastAPI()

# ruleid: flask-debug-true
app.config["DEBUG"] = True
# ruleid: flask-debug-true
DEBUG = True
# ok: flask-debug-true
TESTING = True


class DevelopmentConfig:
    # ok: flask-debug-true
    DEBUG = True


def create_app() -> Flask:
    flask_app = Flask(__name__)
    # ruleid: flask-debug-true
    flask_app.debug = True
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



def create_service() -> Flask:
    service = Flask(__name__)

    @service.errorhandler(Exception)
    def handle_error(e):
        # ruleid: traceback-exposed
        return traceback.format_exc(), 500

    @service.errorhandler(500)
    def server_error(error: Exception):
        # ruleid: traceback-exposed
        return {"error": "internal", "message": str(error)}, 500

    def on_exception(exc: Exception):
        # ruleid: traceback-exposed
        return jsonify(error=repr(exc)), 500

    service.register_error_handler(Exception, on_exception)

    @service.errorhandler(404)
    def not_found(error: Exception):
        # ok: traceback-exposed
        return {"error": "not found"}, 404

    @service.errorhandler(Exception)
    def handle_logged(e: Exception):
        logger.exception("unhandled error")
        # ok: traceback-exposed
        return {"error": "internal error"}, 500

    return service


def build_api() -> FastAPI:
    application = FastAPI()

    @application.exception_handler(Exception)
    async def unhandled(request: Request, exc: Exception) -> JSONResponse:
        # ruleid: traceback-exposed
        return JSONResponse(status_code=500, content={"detail": str(exc)})

    @application.exception_handler(RuntimeError)
    def runtime_failure(request, exc):
        # ruleid: traceback-exposed
        return PlainTextResponse("".join(traceback.format_exception(exc)), status_code=500)

    def lookup_failed(request: Request, exc: LookupError) -> PlainTextResponse:
        # ruleid: traceback-exposed
        return PlainTextResponse(f"lookup failed: {exc}", status_code=500)

    application.add_exception_handler(LookupError, lookup_failed)

    @application.exception_handler(Exception)
    async def unhandled_safe(request: Request, exc: Exception) -> JSONResponse:
        logger.error("unhandled: %r", exc)
        # ok: traceback-exposed
        return JSONResponse(status_code=500, content={"detail": "internal error"})

    return application


if __name__ == "__main__":
    # ruleid: flask-debug-true
    app.run(host="0.0.0.0", port=5000, debug=True)
    # ok: flask-debug-true
    app.run(host="127.0.0.1", port=5000, debug=False)


def create_fastapi_app() -> FastAPI:
    api = FastAPI()

    @api.exception_handler(Exception)
    async def unhandled(request, exc):
        details = {
            "error": type(exc).__name__,
            # ruleid: traceback-exposed
            "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        }
        return JSONResponse(status_code=500, content=details)

    @api.exception_handler(KeyError)
    async def missing(request, exc):
        # ok: traceback-exposed
        logged = {"trace": traceback.format_exception(type(exc), exc, exc.__traceback__)}
        logging.getLogger(__name__).error("missing key: %s", logged)
        return JSONResponse(status_code=404, content={"error": "not found"})

    return api
