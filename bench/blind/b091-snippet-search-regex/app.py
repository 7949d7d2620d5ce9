"""Team snippet board: keyword search endpoint."""
from __future__ import annotations

import re
from typing import Dict, List

from flask import Flask, jsonify, request

app = Flask(__name__)

SNIPPETS: List[Dict[str, str]] = [
    {"id": "s1", "title": "Retry with backoff", "body": "Use exponential backoff for HTTP 503 responses."},
    {"id": "s2", "title": "Pandas groupby", "body": "df.groupby('region').sum() totals each region."},
    {"id": "s3", "title": "Git tip", "body": "git switch -c feature/login creates a branch."},
    {"id": "s4", "title": "SQL paging", "body": "Use keyset pagination instead of OFFSET for big tables."},
]
MAX_RESULTS = 20


def find_snippets(term: str) -> List[Dict[str, str]]:
    """Snippets whose title or body mention ``term`` (case-insensitive)."""
    found = []
    for snippet in SNIPPETS:
        haystack = f"{snippet['title']}\n{snippet['body']}"
        if re.search(term, haystack, re.IGNORECASE):
            found.append(snippet)
    return found[:MAX_RESULTS]


@app.get("/snippets/search")
def search_view():
    term = request.args.get("q", "").strip()
    if not term:
        return jsonify({"error": "missing q"}), 400
    hits = find_snippets(term)
    return jsonify({"q": term, "ids": [s["id"] for s in hits], "total": len(hits)})
