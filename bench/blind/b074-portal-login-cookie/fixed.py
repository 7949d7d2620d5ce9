"""Login endpoints for the customer portal."""
from __future__ import annotations

import secrets
from typing import Optional

from flask import Flask, abort, jsonify, make_response, request
from werkzeug.security import check_password_hash, generate_password_hash

SESSION_COOKIE = "portal_sid"
REMEMBER_COOKIE = "portal_remember"
SESSION_TTL = 8 * 3600
REMEMBER_TTL = 30 * 24 * 3600

app = Flask(__name__)

USERS: dict[str, str] = {}
SESSIONS: dict[str, str] = {}


def register_user(username: str, password: str) -> None:
    USERS[username] = generate_password_hash(password)


def _current_user() -> Optional[str]:
    token = request.cookies.get(SESSION_COOKIE)
    return SESSIONS.get(token) if token else None


@app.post("/login")
def login():
    form = request.get_json(silent=True) or {}
    username = str(form.get("username", ""))
    stored = USERS.get(username)
    if stored is None or not check_password_hash(stored, str(form.get("password", ""))):
        abort(401)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = username
    resp = make_response(jsonify({"user": username}))
    resp.set_cookie(SESSION_COOKIE, sid, max_age=SESSION_TTL,
                    secure=True, httponly=True, samesite="Lax")
    if form.get("remember"):
        remember_token = secrets.token_urlsafe(32)
        SESSIONS[remember_token] = username
        resp.set_cookie(REMEMBER_COOKIE, remember_token, max_age=REMEMBER_TTL,
                        secure=True, httponly=True, samesite="Lax")
    return resp


@app.get("/me")
def me():
    user = _current_user()
    if user is None:
        abort(401)
    return jsonify({"user": user})


@app.post("/logout")
def logout():
    SESSIONS.pop(request.cookies.get(SESSION_COOKIE, ""), None)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
