"""Install storefront themes uploaded as .zip archives."""
from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

MANIFEST = "theme.json"
MAX_ARCHIVE_BYTES = 20 * 1024 * 1024


class ThemeError(Exception):
    """Raised when an uploaded theme cannot be installed."""


def read_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise ThemeError("theme.json missing from archive") from None
    if not str(manifest.get("slug", "")).isidentifier():
        raise ThemeError("theme slug must be an identifier")
    return manifest


def _extract_all(archive: zipfile.ZipFile, target: str) -> list[str]:
    """Copy every member of ``archive`` below ``target``."""
    written = []
    for member in archive.infolist():
        destination = os.path.join(target, member.filename)
        if member.is_dir():
            os.makedirs(destination, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        with archive.open(member) as src, open(destination, "wb") as dst:
            shutil.copyfileobj(src, dst)
        written.append(member.filename)
    return written


def install_theme(upload_path: str | Path, themes_root: str | Path) -> dict:
    """Validate an uploaded theme archive and unpack it into ``themes_root/<slug>``."""
    upload_path = Path(upload_path)
    if upload_path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise ThemeError("archive too large")
    with zipfile.ZipFile(upload_path) as archive:
        manifest = read_manifest(archive)
        target = Path(themes_root) / manifest["slug"]
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        files = _extract_all(archive, str(target))
    return {"slug": manifest["slug"], "name": manifest.get("name", manifest["slug"]),
            "files": sorted(files)}
