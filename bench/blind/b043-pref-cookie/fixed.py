"""Small Flask service that remembers a visitor's display preferences in a cookie."""
from __future__ import annotations

import base64
import json
from typing import Any

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

PREFS_COOKIE = "prefs"
DEFAULT_PREFS: dict[str, Any] = {"theme": "light", "page_size": 20, "language": "en"}
ALLOWED_KEYS = set(DEFAULT_PREFS)


def encode_prefs(prefs: dict[str, Any]) -> str:
    """Serialise a preferences dict into a cookie-safe string."""
    raw = json.dumps(prefs).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_prefs(cookie_value: str | None) -> dict[str, Any]:
    """Restore preferences from the cookie, falling back to the defaults."""
    prefs = dict(DEFAULT_PREFS)
    if not cookie_value:
        return prefs
    try:
        blob = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
        stored = json.loads(blob.decode("utf-8"))
    except Exception:
        return prefs
    if isinstance(stored, dict):
        prefs.update({k: v for k, v in stored.items() if k in ALLOWED_KEYS})
    return prefs


@app.get("/prefs")
def show_prefs():
    """Return the current visitor's preferences."""
    return jsonify(decode_prefs(request.cookies.get(PREFS_COOKIE)))


@app.post("/prefs")
def update_prefs():
    """Merge the posted JSON into the stored preferences and set the cookie."""
    current = decode_prefs(request.cookies.get(PREFS_COOKIE))
    incoming = request.get_json(silent=True) or {}
    for key, value in incoming.items():
        if key in ALLOWED_KEYS:
            current[key] = value
    resp = make_response(jsonify(current))
    resp.set_cookie(PREFS_COOKIE, encode_prefs(current), httponly=True)
    return resp
