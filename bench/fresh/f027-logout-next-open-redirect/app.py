"""Session endpoints for the dashboard: login and logout with a return URL."""
from __future__ import annotations

import os

from flask import Flask, redirect, request, session, url_for

DEFAULT_AFTER_LOGOUT = "/login"


def create_app() -> Flask:
    app = Flask(__name__)
    app.secret_key = os.environ.get("DASHBOARD_SECRET", os.urandom(32))

    @app.get("/login")
    def login_form():
        return "<form method='post'><input name='user'></form>"

    @app.post("/login")
    def login():
        session["user"] = request.form["user"]
        return redirect(url_for("dashboard"))

    @app.get("/dashboard")
    def dashboard():
        user = session.get("user")
        if user is None:
            return redirect(url_for("login_form"))
        return f"hello {user}"

    @app.get("/logout")
    def logout():
        """Clear the session and send the user back where they came from."""
        session.clear()
        target = request.args.get("next") or DEFAULT_AFTER_LOGOUT
        return redirect(target)

    return app
