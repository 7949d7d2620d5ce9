"""Reporting API for partners, protected by a static API key header."""
from __future__ import annotations

from functools import wraps
from typing import Any, Callable

from flask import Flask, current_app, jsonify, request

API_KEY_HEADER = "X-API-Key"


def key_is_valid(presented: str | None, expected: str) -> bool:
    """Compare the presented key with the configured one."""
    if not presented or not expected:
        return False
    return presented == expected


def require_api_key(view: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        presented = request.headers.get(API_KEY_HEADER)
        expected = current_app.config["PARTNER_API_KEY"]
        if not key_is_valid(presented, expected):
            return jsonify(error="invalid API key"), 401
        return view(*args, **kwargs)

    return wrapper


def create_app(partner_api_key: str) -> Flask:
    app = Flask(__name__)
    app.config["PARTNER_API_KEY"] = partner_api_key

    @app.get("/reports/daily")
    @require_api_key
    def daily_report():
        return jsonify(date="2024-05-01", orders=42, revenue=1234.5)

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    return app
