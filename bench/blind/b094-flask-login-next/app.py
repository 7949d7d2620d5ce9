"""Login flow for the volunteer scheduling site."""
from __future__ import annotations

from typing import Dict

from flask import Flask, redirect, render_template_string, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = "test-only-key"

VOLUNTEERS: Dict[str, str] = {
    "maria": generate_password_hash("shift-lead-1"),
    "tom": generate_password_hash("tuesdays"),
}

LOGIN_FORM = """<form method="post">
<input name="username"><input name="password" type="password">
<input type="hidden" name="next" value="{{ next_url }}">
<button>Sign in</button></form>{% if error %}<p>{{ error }}</p>{% endif %}"""


@app.route("/dashboard")
def dashboard():
    return f"Hello {session.get('volunteer', 'guest')}"


@app.route("/login", methods=["GET", "POST"])
def login():
    """Show the form; on valid credentials go back where the user came from."""
    next_url = request.values.get("next") or url_for("dashboard")
    if request.method == "GET":
        return render_template_string(LOGIN_FORM, next_url=next_url, error=None)

    username = request.form.get("username", "").strip().lower()
    stored = VOLUNTEERS.get(username)
    if stored is None or not check_password_hash(stored, request.form.get("password", "")):
        return render_template_string(LOGIN_FORM, next_url=next_url, error="Invalid login"), 401

    session["volunteer"] = username
    destination = next_url
    return redirect(destination)
