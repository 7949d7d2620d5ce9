"""Download endpoint for files attached to support tickets."""
from __future__ import annotations

import os

from flask import Flask, Response, abort, request

app = Flask(__name__)
app.config["ATTACHMENTS_DIR"] = os.environ.get("ATTACHMENTS_DIR", "/srv/attachments")


@app.get("/attachments")
def download_attachment() -> Response:
    """Send the attachment named by ``?name=`` as a download."""
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(app.config["ATTACHMENTS_DIR"], name)
    if not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        data = fh.read()
    return Response(
        data,
        mimetype="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename={os.path.basename(path)}"},
    )


@app.get("/health")
def health() -> dict[str, str]:
    """Liveness probe."""
    return {"status": "ok"}
