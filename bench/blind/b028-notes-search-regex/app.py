"""Keyword search over the team's shared notes."""
from __future__ import annotations

import re
from typing import Dict, List

from flask import Flask, jsonify, request

app = Flask(__name__)

NOTES: List[Dict[str, str]] = [
    {"id": "n1", "title": "Q3 budget review", "body": "Marketing budget is cut by ten percent."},
    {"id": "n2", "title": "Onboarding checklist", "body": "Laptop, badge, VPN access and a buddy."},
    {"id": "n3", "title": "Retro notes", "body": "Deploys were slow; budget more time for QA."},
    {"id": "n4", "title": "Offsite plan", "body": "Hotel booked for the Lisbon offsite."},
]


def _note_matches(note: Dict[str, str], keyword: str, flags: int) -> bool:
    """True when the keyword occurs in the note's title or body."""
    return any(re.search(keyword, note[field], flags) for field in ("title", "body"))


@app.get("/api/notes/search")
def search_notes():
    """Find notes containing the ``q`` keyword (case-insensitive by default)."""
    keyword = request.args.get("q", "").strip()
    if not keyword:
        return jsonify(error="query parameter 'q' is required"), 400
    flags = 0 if request.args.get("case") == "sensitive" else re.IGNORECASE
    results = [
        {"id": note["id"], "title": note["title"]}
        for note in NOTES
        if _note_matches(note, keyword, flags)
    ]
    return jsonify(query=keyword, count=len(results), results=results)
