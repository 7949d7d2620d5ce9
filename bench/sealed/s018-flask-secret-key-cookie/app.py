"""Team dashboard with cookie-based sessions."""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import timedelta

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = "team-dashboard-secret-2024"
app.config.update(
    SESSION_COOKIE_NAME="dash_session",
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
)

USERS: dict[str, bytes] = {}


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100_000)


def register_user(username: str, password: str) -> None:
    salt = os.urandom(16)
    USERS[username] = salt + _hash(password, salt)


def check_password(username: str, password: str) -> bool:
    record = USERS.get(username)
    if record is None:
        return False
    salt, digest = record[:16], record[16:]
    return hmac.compare_digest(digest, _hash(password, salt))


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    if not check_password(str(data.get("username", "")), str(data.get("password", ""))):
        return jsonify({"error": "invalid credentials"}), 401
    session.clear()
    session["user"] = data["username"]
    session.permanent = True
    return jsonify({"ok": True})


@app.get("/me")
def me():
    user = session.get("user")
    if user is None:
        return jsonify({"error": "not logged in"}), 401
    return jsonify({"user": user})
