"""Session login for the volunteer scheduling app."""
from __future__ import annotations

import secrets
import time
from typing import Dict, Optional, Tuple

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)

SESSION_COOKIE = "vs_session"
SESSION_TTL = 8 * 3600
VOLUNTEERS = {"sam@example.org": generate_password_hash("rota-planner-1")}
_sessions: Dict[str, Tuple[str, float]] = {}


def start_session(email: str) -> str:
    token = secrets.token_urlsafe(32)
    _sessions[token] = (email, time.time() + SESSION_TTL)
    return token


def session_user() -> Optional[str]:
    token = request.cookies.get(SESSION_COOKIE, "")
    entry = _sessions.get(token)
    if entry is None or entry[1] < time.time():
        return None
    return entry[0]


@app.post("/login")
def login():
    email = (request.form.get("email") or "").strip().lower()
    stored = VOLUNTEERS.get(email)
    if stored is None or not check_password_hash(stored, request.form.get("password", "")):
        return jsonify(error="invalid email or password"), 401
    response = make_response(jsonify(user=email))
    response.set_cookie(SESSION_COOKIE, start_session(email), max_age=SESSION_TTL)
    return response


@app.get("/shifts")
def shifts():
    user = session_user()
    if user is None:
        return jsonify(error="login required"), 401
    return jsonify(user=user, shifts=["Sat 09:00 food bank", "Sun 14:00 library"])


@app.post("/logout")
def logout():
    _sessions.pop(request.cookies.get(SESSION_COOKIE, ""), None)
    response = make_response(jsonify(ok=True))
    response.delete_cookie(SESSION_COOKIE)
    return response
