"""Landing page that greets the visitor by name."""
from __future__ import annotations

from flask import Flask, request

app = Flask(__name__)

DEFAULT_NAME = "friend"
GREETINGS = {"en": "Hello", "fr": "Bonjour", "de": "Hallo"}


@app.get("/hello")
def hello() -> str:
    """Render a small HTML greeting for ``?name=`` in the language given by ``?lang=``."""
    name = request.args.get("name", DEFAULT_NAME)
    greeting = GREETINGS.get(request.args.get("lang", "en"), GREETINGS["en"])
    return (
        "<!doctype html><html><head><title>Welcome</title></head><body>"
        f"<h1>{greeting}, {name}!</h1>"
        "<p>Good to see you again.</p></body></html>"
    )
