"""Login endpoint with an audit trail for the compliance team."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from werkzeug.security import check_password_hash, generate_password_hash

audit = logging.getLogger("portal.audit")
audit.setLevel(logging.INFO)

app = Flask(__name__)

# demo user store; production reads from LDAP
USERS = {"alice": generate_password_hash("wonderland-42"),
         "bob": generate_password_hash("builder-2024")}


def configure_audit_log(path: str) -> logging.Handler:
    """Append audit events to ``path`` (one event per line)."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    audit.addHandler(handler)
    return handler


def client_details() -> tuple[str, str]:
    ip = request.headers.get("X-Forwarded-For", request.remote_addr or "-").split(",")[0].strip()
    agent = request.headers.get("User-Agent", "-")
    return ip, agent


@app.post("/login")
def login():
    form = request.get_json(silent=True) or request.form
    username = str(form.get("username", ""))
    password = str(form.get("password", ""))
    ip, agent = client_details()
    stored = USERS.get(username)
    ok = stored is not None and check_password_hash(stored, password)
    outcome = "success" if ok else "failure"
    audit.info(f"login user={username} ip={ip} agent={agent} result={outcome}")
    if not ok:
        return jsonify(error="invalid credentials"), 401
    return jsonify(user=username)
