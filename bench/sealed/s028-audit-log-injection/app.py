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


def client_ip() -> str:
    return request.remote_addr or "unknown"


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    username = str(data.get("username", ""))
    password = str(data.get("password", ""))
    ip = client_ip()
    if authenticate(username, password):
        audit_log.info(f"login success user={username} ip={ip}")
        return jsonify({"ok": True})
    audit_log.warning(f"login failure user={username} ip={ip}")
    return jsonify({"ok": False}), 401
