"""Language switcher for the marketing site."""
from __future__ import annotations

from flask import Flask, abort, redirect, request
from werkzeug.wrappers import Response

SUPPORTED_LANGUAGES = {"en", "de", "fr", "es"}

app = Flask(__name__)


@app.get("/lang/<code>")
def switch_language(code: str) -> Response:
    """Remember the chosen language in a cookie and go back to the page the user was on.

    The page comes from ``?next=``; without it the user lands on the home page.
    """
    if code not in SUPPORTED_LANGUAGES:
        abort(404)
    target = request.args.get("next") or "/"
    response = redirect(target)
    response.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="Lax")
    return response


@app.get("/")
def home() -> str:
    """Home page (language-aware rendering lives in the templates)."""
    return f"home ({request.cookies.get('lang', 'en')})"
