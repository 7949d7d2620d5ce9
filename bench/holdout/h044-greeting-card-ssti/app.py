"""E-card service: personalised greeting card pages."""
from __future__ import annotations

import os

from flask import Flask, abort, render_template_string, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("ECARD_SECRET_KEY", os.urandom(32).hex())

OCCASIONS = {
    "birthday": ("#ffefd5", "🎂", "Wishing you a wonderful year ahead"),
    "thanks": ("#e0f7fa", "🙏", "Thank you for everything you do"),
    "congrats": ("#f1f8e9", "🎉", "Congratulations on your achievement"),
}

CARD_LAYOUT = """<!doctype html>
<html><head><title>A card for you</title></head>
<body style="background: {{ colour }}">
  <div class="card">
    <p class="icon">{{ icon }}</p>
    %(greeting)s
    <p class="message">{{ message }}</p>
    <p class="from">— {{ sender }}</p>
  </div>
</body></html>"""


def greeting_markup(recipient: str) -> str:
    """Headline shown at the top of the card."""
    recipient = recipient.strip() or "friend"
    return f"<h1>Dear {recipient},</h1>"


@app.get("/cards/<occasion>")
def show_card(occasion: str):
    if occasion not in OCCASIONS:
        abort(404)
    colour, icon, default_message = OCCASIONS[occasion]
    recipient = request.args.get("to", "")[:60]
    page = CARD_LAYOUT % {"greeting": greeting_markup(recipient)}
    return render_template_string(
        page,
        colour=colour,
        icon=icon,
        message=request.args.get("msg", default_message)[:280],
        sender=request.args.get("from", "A friend")[:60],
    )
