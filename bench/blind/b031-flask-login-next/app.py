"""Login flow for the reporting dashboard."""
from __future__ import annotations

import os
import secrets

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
    destination = next_url or url_for("dashboard")
    return redirect(destination)


@app.get("/dashboard")
def dashboard():
    if "user" not in session:
        return redirect(url_for("login", next=request.path))
    return f"Welcome back, {session['user']}"
