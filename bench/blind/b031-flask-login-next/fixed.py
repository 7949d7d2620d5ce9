"""Login flow for the reporting dashboard."""
from __future__ import annotations

import os
import secrets
from urllib.parse import urlsplit

from flask import Flask, redirect, render_template_string, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.secret_key = os.environ.get("DASHBOARD_SECRET_KEY") or secrets.token_hex(32)

USERS = {
    "analyst": generate_password_hash("quarterly-numbers"),
    "manager": generate_password_hash("approve-all-the-things"),
}

LOGIN_FORM = """
<form method="post">
  <input name="username"> <input name="password" type="password">
  <input type="hidden" name="next" value="{{ next_url }}">
  <button>Sign in</button>
</form>
"""


def _is_local_path(target: str) -> bool:
    """Accept only same-site paths such as ``/reports?week=3``."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


@app.route("/login", methods=["GET", "POST"])
def login():
    """Show the sign-in form, or check the credentials and continue to ``next``."""
    next_url = request.values.get("next", "")
    if request.method == "GET":
        return render_template_string(LOGIN_FORM, next_url=next_url)

    username = request.form.get("username", "")
    password = request.form.get("password", "")
    stored = USERS.get(username)
    if stored is None or not check_password_hash(stored, password):
        return render_template_string(LOGIN_FORM, next_url=next_url), 401

    session.clear()
    session["user"] = username
    destination = next_url if _is_local_path(next_url) else url_for("dashboard")
    return redirect(destination)


@app.get("/dashboard")
def dashboard():
    if "user" not in session:
        return redirect(url_for("login", next=request.path))
    return f"Welcome back, {session['user']}"
