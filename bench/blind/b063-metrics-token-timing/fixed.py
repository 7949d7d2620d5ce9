"""Operational endpoints (metrics, cache flush) protected by a shared access token."""
from __future__ import annotations

import functools
import hmac
import os
from typing import Callable

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
TOKEN_ENV = "OPS_ACCESS_TOKEN"
COUNTERS: dict[str, int] = {"requests": 0, "errors": 0}


def _presented_token() -> str:
    """Token from 'Authorization: Token <t>' or the X-Ops-Token header."""
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Token "):
        return auth[len("Token "):].strip()
    return request.headers.get("X-Ops-Token", "")


def token_is_valid(presented: str) -> bool:
    """True when ``presented`` equals the configured ops token."""
    expected = os.environ.get(TOKEN_ENV, "")
    if not expected or not presented:
        return False
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def ops_only(view: Callable) -> Callable:
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if not token_is_valid(_presented_token()):
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/ops/metrics")
@ops_only
def metrics():
    COUNTERS["requests"] += 1
    return jsonify(COUNTERS)


@app.post("/ops/flush")
@ops_only
def flush():
    for name in COUNTERS:
        COUNTERS[name] = 0
    return jsonify({"flushed": sorted(COUNTERS)})
