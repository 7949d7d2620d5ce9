"""Support portal login that keeps server-side sessions keyed by a random cookie."""
from __future__ import annotations

import secrets
from collections.abc import Callable

from flask import Flask, jsonify, make_response, request

SESSION_COOKIE = "session"
SESSION_TTL = 8 * 3600


class SessionStore:
    def __init__(self) -> None:
        self._sessions: dict[str, str] = {}

    def create(self, username: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._sessions[sid] = username
        return sid

    def lookup(self, sid: str | None) -> str | None:
        return self._sessions.get(sid) if sid else None

    def drop(self, sid: str | None) -> None:
        self._sessions.pop(sid or "", None)


def create_app(check_password: Callable[[str, str], bool]) -> Flask:
    app = Flask(__name__)
    store = SessionStore()

    @app.post("/login")
    def login():
        data = request.get_json(force=True)
        username, password = data.get("username", ""), data.get("password", "")
        if not check_password(username, password):
            return jsonify(error="invalid credentials"), 401
        sid = store.create(username)
        resp = make_response(jsonify(user=username))
        resp.set_cookie(
            SESSION_COOKIE, sid, max_age=SESSION_TTL, secure=True, httponly=True, samesite="Lax"
        )
        return resp

    @app.get("/whoami")
    def whoami():
        user = store.lookup(request.cookies.get(SESSION_COOKIE))
        return (jsonify(user=user), 200) if user else (jsonify(error="not logged in"), 401)

    @app.post("/logout")
    def logout():
        store.drop(request.cookies.get(SESSION_COOKIE))
        resp = make_response(jsonify(ok=True))
        resp.delete_cookie(SESSION_COOKIE)
        return resp

    return app
