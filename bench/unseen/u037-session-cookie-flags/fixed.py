"""Login API issuing an opaque session cookie."""
from __future__ import annotations

import secrets
from typing import Any

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

SESSION_COOKIE = "sid"
SESSION_TTL_SECONDS = 8 * 3600


def create_app(users: dict[str, str]) -> Flask:
    """Build the API; ``users`` maps usernames to werkzeug password hashes."""
    app = Flask(__name__)
    sessions: dict[str, str] = {}

    @app.post("/login")
    def login() -> Any:
        data = request.get_json(silent=True) or {}
        username, password = str(data.get("username", "")), str(data.get("password", ""))
        stored = users.get(username)
        if stored is None or not check_password_hash(stored, password):
            return jsonify({"error": "invalid credentials"}), 401
        token = secrets.token_urlsafe(32)
        sessions[token] = username
        resp = make_response(jsonify({"user": username}))
        resp.set_cookie(SESSION_COOKIE, token, max_age=SESSION_TTL_SECONDS,
                        secure=True, httponly=True, samesite="Lax")
        return resp

    @app.get("/me")
    def me() -> Any:
        user = sessions.get(request.cookies.get(SESSION_COOKIE, ""))
        if user is None:
            return jsonify({"error": "not logged in"}), 401
        return jsonify({"user": user})

    return app
