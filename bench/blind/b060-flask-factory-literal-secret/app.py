"""Application factory for the team notes web app."""
from __future__ import annotations

import os
from typing import Any

from flask import Flask, abort, jsonify, request, session


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build and configure the Flask application."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="notes-app-3c9f8e71d2b44a0f",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        NOTES_TEAM=os.environ.get("NOTES_TEAM", "platform"),
    )
    if overrides:
        app.config.update(overrides)
    _register_routes(app)
    return app


def _register_routes(app: Flask) -> None:
    users = {"ana": "ana-pass", "ben": "ben-pass"}

    @app.post("/login")
    def login():
        data = request.get_json(silent=True) or {}
        name = data.get("user", "")
        if users.get(name) != data.get("password"):
            abort(401)
        session["user"] = name
        return jsonify({"user": name})

    @app.get("/me")
    def me():
        user = session.get("user")
        if user is None:
            abort(401)
        return jsonify({"user": user, "team": app.config["NOTES_TEAM"]})

    @app.post("/logout")
    def logout():
        session.clear()
        return jsonify({"ok": True})
