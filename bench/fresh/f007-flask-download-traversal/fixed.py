"""File sharing service: users download files they previously uploaded."""
from __future__ import annotations

import os

from flask import Flask, abort, request, send_file


def resolve_upload(upload_dir: str, filename: str) -> str:
    """Map a requested file name to its location in the upload folder.

    Raises ValueError when the name would leave the upload folder.
    """
    base = os.path.realpath(upload_dir)
    candidate = os.path.realpath(os.path.join(base, filename))
    if os.path.commonpath([base, candidate]) != base:
        raise ValueError("path escapes the upload folder")
    return candidate


def create_app(upload_dir: str) -> Flask:
    app = Flask(__name__)
    app.config["UPLOAD_DIR"] = upload_dir

    @app.get("/files")
    def list_files():
        """Return the names of all uploaded files."""
        return {"files": sorted(os.listdir(app.config["UPLOAD_DIR"]))}

    @app.get("/download")
    def download():
        """GET /download?name=<file> streams the stored file as an attachment."""
        filename = request.args.get("name", "")
        if not filename:
            abort(400)
        try:
            path = resolve_upload(app.config["UPLOAD_DIR"], filename)
        except ValueError:
            abort(404)
        if not os.path.isfile(path):
            abort(404)
        return send_file(path, as_attachment=True, download_name=os.path.basename(path))

    return app
