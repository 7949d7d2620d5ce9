"""Per-user file storage: download endpoint."""
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
STORAGE_ROOT = "/srv/userfiles"


def locate(owner: str, filename: str) -> str:
    """Return the absolute path of ``filename`` inside ``owner``'s folder."""
    user_dir = os.path.join(STORAGE_ROOT, owner)
    return os.path.join(user_dir, filename)


@app.route("/download")
def download():
    """GET /download?user=<owner>&file=<relative path> -> the file as an attachment."""
    owner = request.args.get("user", "")
    filename = request.args.get("file", "")
    if not owner or not filename:
        abort(400)
    full_path = locate(owner, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
