"""Serve the product documentation files shipped with the app."""
from __future__ import annotations

import os
from typing import Any

from flask import Flask, abort, request, send_file

BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")

app = Flask(__name__)


@app.get("/docs")
def get_doc() -> Any:
    """Return the documentation page named by ``?name=`` (defaults to index.html)."""
    name = request.args.get("name", "index.html")
    path = os.path.join(BASE_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path)
