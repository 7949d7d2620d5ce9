"""Import a theme bundle (.zip) uploaded by a site admin into the themes folder."""
from __future__ import annotations

import os
import zipfile

ALLOWED_SUFFIXES = (".css", ".html", ".js", ".png", ".svg", ".json", ".txt")


def _is_theme_asset(member: str) -> bool:
    return member.lower().endswith(ALLOWED_SUFFIXES)


def _write_member(archive: zipfile.ZipFile, member: str, dest: str) -> str:
    base = os.path.realpath(dest)
    target = os.path.realpath(os.path.join(base, member))
    if os.path.commonpath([base, target]) != base:
        raise ValueError(f"archive member escapes destination: {member!r}")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with archive.open(member) as src, open(target, "wb") as out:
        out.write(src.read())
    return target


def import_theme(zip_path: str, dest: str) -> list[str]:
    """Extract the theme's assets into `dest` and return the written paths.

    Directory entries and files with unexpected extensions are skipped.
    """
    os.makedirs(dest, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(zip_path) as archive:
        for member in archive.namelist():
            if member.endswith("/") or not _is_theme_asset(member):
                continue
            written.append(_write_member(archive, member, dest))
    return written
