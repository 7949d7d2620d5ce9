"""Serve the product documentation files shipped with the app."""
from __future__ import annotations

import os
from typing import Any

from flask import Flask, request, send_from_directory

BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")

app = Flask(__name__)


@app.get("/docs")
def get_doc() -> Any:
    """Return the documentation page named by ``?name=`` (defaults to index.html)."""
    name = request.args.get("name", "index.html")
    # send_from_directory joins safely and answers 404 for anything outside BASE_DIR.
    return send_from_directory(BASE_DIR, name)
