"""Attachment upload service for the ticketing system."""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file

UPLOAD_DIR = Path("var/attachments")

app = Flask(__name__)


def _persist(data: bytes) -> dict[str, object]:
    """Store *data* under a fresh id and describe it."""
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    attachment_id = uuid.uuid4().hex
    (UPLOAD_DIR / attachment_id).write_bytes(data)
    return {"id": attachment_id, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


@app.post("/attachments")
def upload_raw():
    """Raw upload: the request body is the file."""
    payload = request.get_data()
    if not payload:
        abort(400)
    return jsonify(_persist(payload)), 201


@app.post("/attachments/form")
def upload_form():
    """Browser upload: multipart form with a `file` field."""
    incoming = request.files.get("file")
    if incoming is None:
        abort(400)
    content = incoming.read()
    if not content:
        abort(400)
    return jsonify(_persist(content)), 201


@app.get("/attachments/<attachment_id>")
def download(attachment_id: str):
    if len(attachment_id) != 32 or not all(c in "0123456789abcdef" for c in attachment_id):
        abort(404)
    path = UPLOAD_DIR / attachment_id
    if not path.is_file():
        abort(404)
    return send_file(path.resolve(), mimetype="application/octet-stream")
