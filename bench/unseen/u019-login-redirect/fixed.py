"""Login endpoint for the customer portal."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Flask, jsonify, redirect, request, session
from werkzeug.security import check_password_hash


def _safe_next(target: str | None) -> str:
    """Only allow same-site relative paths such as ``/orders?page=2``."""
    if not target:
        return "/"
    cleaned = target.replace("\\", "/")
    parts = urlsplit(cleaned)
    if parts.scheme or parts.netloc or not cleaned.startswith("/") or cleaned.startswith("//"):
        return "/"
    return target


def create_app(users: dict[str, str], secret_key: str) -> Flask:
    """Build the portal app; ``users`` maps usernames to werkzeug password hashes."""
    app = Flask(__name__)
    app.secret_key = secret_key

    @app.post("/login")
    def login() -> Any:
        """Check the submitted credentials, then send the user back where they came from."""
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        stored = users.get(username)
        if stored is None or not check_password_hash(stored, password):
            return jsonify({"error": "invalid username or password"}), 401
        session["user"] = username
        next_url = _safe_next(request.args.get("next"))
        return redirect(next_url)

    @app.get("/")
    def index() -> Any:
        return jsonify({"user": session.get("user")})

    return app
