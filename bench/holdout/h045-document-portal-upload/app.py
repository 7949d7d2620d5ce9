"""Client document portal: upload files and share their download links."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from flask import Flask, jsonify, request, url_for
from werkzeug.utils import secure_filename

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def create_app(static_dir: Optional[str] = None) -> Flask:
    app = Flask(__name__, static_folder=static_dir or os.path.join(os.getcwd(), "static"),
                static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES
    upload_dir = Path(app.static_folder) / "uploads"

    def store(file_storage) -> str:
        """Save the upload under static/uploads and return its public file name."""
        filename = secure_filename(file_storage.filename or "")
        if not filename:
            raise ValueError("missing file name")
        upload_dir.mkdir(parents=True, exist_ok=True)
        file_storage.save(upload_dir / filename)
        return filename

    @app.post("/documents")
    def upload_document():
        uploaded = request.files.get("document")
        if uploaded is None:
            return jsonify(error="no document field in form"), 400
        try:
            name = store(uploaded)
        except ValueError as exc:
            return jsonify(error=str(exc)), 400
        link = url_for("static", filename=f"uploads/{name}")
        return jsonify(name=name, url=link), 201

    @app.get("/documents")
    def list_documents():
        if not upload_dir.is_dir():
            return jsonify(documents=[])
        names = sorted(p.name for p in upload_dir.iterdir() if p.is_file())
        return jsonify(documents=[{"name": n, "url": url_for("static", filename=f"uploads/{n}")}
                                  for n in names])

    return app
