"""Expiring, signed download links for files kept in object storage."""
from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import quote, urlencode

from flask import Flask, abort, request

app = Flask(__name__)
app.config.setdefault("LINK_SECRET", "")
app.config.setdefault("STORAGE", {})


def sign_path(secret: str, path: str, expires: int) -> str:
    """Return the hex signature for ``path`` valid until ``expires`` (epoch seconds)."""
    message = f"{path}\n{expires}".encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def make_download_url(path: str, ttl_seconds: int = 3600, now: float | None = None) -> str:
    """Build a relative URL that lets the holder fetch ``path`` until it expires."""
    expires = int((now if now is not None else time.time()) + ttl_seconds)
    signature = sign_path(app.config["LINK_SECRET"], path, expires)
    query = urlencode({"expires": expires, "sig": signature})
    return f"/download/{quote(path)}?{query}"


def verify_link(secret: str, path: str, expires: int, signature: str) -> bool:
    """True when ``signature`` matches ``path`` and ``expires``."""
    expected = sign_path(secret, path, expires)
    return hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8"))


@app.get("/download/<path:path>")
def download(path: str):
    try:
        expires = int(request.args.get("expires", ""))
    except ValueError:
        abort(400)
    signature = request.args.get("sig", "")
    if not verify_link(app.config["LINK_SECRET"], path, expires, signature):
        abort(403)
    if expires < time.time():
        abort(410)
    blob = app.config["STORAGE"].get(path)
    if blob is None:
        abort(404)
    return blob, 200, {"Content-Type": "application/octet-stream"}
