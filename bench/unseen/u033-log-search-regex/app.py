"""Admin log viewer: search the application log for the text an operator types."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

from flask import Flask, jsonify, request

MAX_RESULTS = 200


def search_lines(lines: Iterable[str], query: str, ignore_case: bool = True) -> list[str]:
    """Return the lines matching ``query`` (at most MAX_RESULTS of them)."""
    pattern = re.compile(query, re.IGNORECASE if ignore_case else 0)
    return [line for line in lines if pattern.search(line)][:MAX_RESULTS]


def create_app(log_path: str) -> Flask:
    """Build the log viewer for the log file at ``log_path``."""
    app = Flask(__name__)

    @app.get("/admin/logs/search")
    def search() -> Any:
        query = request.args.get("q", "")
        if not query:
            return jsonify({"error": "q is required"}), 400
        lines = Path(log_path).read_text(encoding="utf-8").splitlines()
        try:
            matches = search_lines(lines, query, ignore_case=request.args.get("case") != "sensitive")
        except re.error as exc:
            return jsonify({"error": f"invalid pattern: {exc}"}), 400
        return jsonify({"query": query, "matches": matches})

    return app
