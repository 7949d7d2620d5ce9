"""Tiny notes service built with the Flask application-factory pattern."""
from __future__ import annotations

from itertools import count
from typing import Any, Mapping, Optional

from flask import Flask, abort, jsonify, request


def _register_routes(app: Flask) -> None:
    notes: dict[int, dict[str, Any]] = {}
    ids = count(1)

    @app.get("/notes")
    def list_notes():
        return jsonify(sorted(notes.values(), key=lambda n: n["id"]))

    @app.post("/notes")
    def add_note():
        body = request.get_json(silent=True) or {}
        text = str(body.get("text", "")).strip()
        if not text:
            abort(400)
        note = {"id": next(ids), "text": text, "tags": list(body.get("tags", []))}
        notes[note["id"]] = note
        return jsonify(note), 201

    @app.get("/notes/<int:note_id>")
    def get_note(note_id: int):
        if note_id not in notes:
            abort(404)
        return jsonify(notes[note_id])


def create_app(overrides: Optional[Mapping[str, Any]] = None) -> Flask:
    """Build and configure the notes application."""
    app = Flask(__name__)
    app.config.update(JSON_SORT_KEYS=False, MAX_CONTENT_LENGTH=64 * 1024)
    if overrides:
        app.config.update(overrides)
    app.debug = True
    _register_routes(app)
    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=8000)
