"""Profile picture uploads."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Flask, jsonify, request, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = os.path.join(app.static_folder or "static", "avatars")
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


def stored_name(original: str) -> str:
    """Return a collision-free file name that keeps the original extension."""
    safe = secure_filename(original)
    stem, ext = os.path.splitext(safe)
    return f"{stem or 'upload'}-{uuid.uuid4().hex[:8]}{ext.lower()}"


@app.post("/avatars")
def upload_avatar():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return jsonify({"error": "no file"}), 400
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    name = stored_name(upload.filename)
    destination = folder / name
    upload.save(destination)
    public_url = url_for("static", filename=f"avatars/{name}")
    return jsonify({"name": name, "url": public_url}), 201
