"""Authentication endpoint with an audit trail."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from flask import Flask, jsonify, request

app = Flask(__name__)

audit_log = logging.getLogger("portal.audit")
audit_log.setLevel(logging.INFO)

_ITERATIONS = 120_000
_USERS: dict[str, tuple[bytes, bytes]] = {}


def create_user(username: str, password: str) -> None:
    salt = os.urandom(16)
    _USERS[username] = (salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS))


def authenticate(username: str, password: str) -> bool:
    record = _USERS.get(username)
    if record is None:
        return False
    salt, expected = record
    return hmac.compare_digest(expected, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS))


def sanitize_for_log(value: str) -> str:
    """Escape control characters so one request can only ever produce one log line."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value)


def client_ip() -> str:
    return request.remote_addr or "unknown"


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    username = str(data.get("username", ""))
    password = str(data.get("password", ""))
    ip = client_ip()
    safe_user = sanitize_for_log(username)
    if authenticate(username, password):
        audit_log.info("login success user=%s ip=%s", safe_user, ip)
        return jsonify({"ok": True})
    audit_log.warning("login failure user=%s ip=%s", safe_user, ip)
    return jsonify({"ok": False}), 401
