"""Per-user file storage: download endpoint."""
import os

from flask import Flask, abort, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
STORAGE_ROOT = "/srv/userfiles"


def locate(owner: str, filename: str) -> str:
    """Return the absolute path of ``filename`` inside ``owner``'s folder.

    Raises ValueError when either part would leave its folder.
    """
    user_dir = safe_join(STORAGE_ROOT, owner)
    if user_dir is None or "/" in owner or owner in (".", ".."):
        raise ValueError("invalid owner")
    full_path = safe_join(user_dir, filename)
    if full_path is None:
        raise ValueError("invalid filename")
    return full_path


@app.route("/download")
def download():
    """GET /download?user=<owner>&file=<relative path> -> the file as an attachment."""
    owner = request.args.get("user", "")
    filename = request.args.get("file", "")
    if not owner or not filename:
        abort(400)
    try:
        full_path = locate(owner, filename)
    except ValueError:
        abort(404)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
