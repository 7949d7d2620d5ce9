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

ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF")


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
    name = stored_name(upload.filename)
    if os.path.splitext(name)[1] not in ALLOWED_EXTENSIONS:
        return jsonify({"error": "only image files are allowed"}), 400
    head = upload.stream.read(16)
    upload.stream.seek(0)
    if not head.startswith(IMAGE_SIGNATURES):
        return jsonify({"error": "file content is not an image"}), 400
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / name
    upload.save(destination)
    public_url = url_for("static", filename=f"avatars/{name}")
    return jsonify({"name": name, "url": public_url}), 201
