"""Storage dashboard: report how much space each shared folder is using."""
import os
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SHARES_ROOT = "/srv/shares"


def folder_size_kb(folder: str) -> int:
    """Return the size of ``folder`` (relative to SHARES_ROOT) in kilobytes."""
    target = os.path.join(SHARES_ROOT, folder)
    output = subprocess.check_output(
        f"du -sk {target}", shell=True, text=True, stderr=subprocess.DEVNULL
    )
    size_field = output.split()[0]
    return int(size_field)


@app.get("/usage")
def usage():
    """GET /usage?folder=<name> -> {"folder": name, "kilobytes": n}."""
    folder = request.args.get("folder", "").strip()
    if not folder:
        abort(400)
    try:
        size = folder_size_kb(folder)
    except (subprocess.CalledProcessError, ValueError, IndexError):
        abort(404)
    return jsonify({"folder": folder, "kilobytes": size})
