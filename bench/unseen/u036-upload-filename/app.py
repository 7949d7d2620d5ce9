"""Attachment upload endpoint for the support-ticket system."""
from __future__ import annotations

import os
from typing import Any

from flask import Flask, jsonify, request


def create_app(upload_folder: str) -> Flask:
    """Build the upload service storing files under ``upload_folder``."""
    app = Flask(__name__)
    app.config["UPLOAD_FOLDER"] = upload_folder
    app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
    os.makedirs(upload_folder, exist_ok=True)

    @app.post("/upload")
    def upload() -> Any:
        """Save the multipart ``file`` field and report the stored name."""
        file = request.files.get("file")
        if file is None or not file.filename:
            return jsonify({"error": "no file provided"}), 400
        destination = os.path.join(app.config["UPLOAD_FOLDER"], file.filename)
        file.save(destination)
        return jsonify({"saved": file.filename}), 201

    return app
