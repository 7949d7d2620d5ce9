"""Imports a bundle of report templates uploaded as a zip file."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

ALLOWED_SUFFIXES = {".html", ".css", ".txt", ".json"}


def import_templates(zip_path: str, dest: str) -> list[Path]:
    """Extract the template files of a bundle into `dest`, keeping sub-folders.

    Files with other suffixes (scripts, binaries) are skipped.
    Returns the paths written, in archive order.
    """
    written: list[Path] = []
    with zipfile.ZipFile(zip_path) as bundle:
        for info in bundle.infolist():
            if info.is_dir() or Path(info.filename).suffix not in ALLOWED_SUFFIXES:
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(Path(target))
    return written
