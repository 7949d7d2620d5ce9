"""Orders API with a global exception handler for unexpected errors."""
from __future__ import annotations

import traceback
from typing import Protocol

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse


class OrderRepository(Protocol):
    def get(self, order_id: int) -> dict | None: ...


class InMemoryOrders:
    def __init__(self, orders: dict[int, dict] | None = None) -> None:
        self.orders = orders or {}

    def get(self, order_id: int) -> dict | None:
        return self.orders.get(order_id)


def create_app(repo: OrderRepository) -> FastAPI:
    app = FastAPI(title="Orders")

    @app.exception_handler(Exception)
    async def unhandled_error(request: Request, exc: Exception) -> JSONResponse:
        """Return a JSON error body so clients can show what went wrong."""
        details = {
            "error": type(exc).__name__,
            "message": str(exc),
            "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "path": request.url.path,
        }
        return JSONResponse(status_code=500, content=details)

    @app.get("/orders/{order_id}")
    def get_order(order_id: int) -> dict:
        order = repo.get(order_id)
        if order is None:
            raise HTTPException(status_code=404, detail="Order not found")
        return order

    return app
