"""Download endpoint for files attached to support tickets."""
from __future__ import annotations

import os

from flask import Flask, Response, abort, request, send_from_directory

app = Flask(__name__)
app.config["ATTACHMENTS_DIR"] = os.environ.get("ATTACHMENTS_DIR", "/srv/attachments")


@app.get("/attachments")
def download_attachment() -> Response:
    """Send the attachment named by ``?name=`` as a download."""
    name = request.args.get("name", "")
    if not name:
        abort(400)
    # send_from_directory refuses names that leave the folder (404)
    return send_from_directory(
        app.config["ATTACHMENTS_DIR"], name, as_attachment=True, mimetype="application/octet-stream"
    )


@app.get("/health")
def health() -> dict[str, str]:
    """Liveness probe."""
    return {"status": "ok"}
