"""Import a bundle of e-mail templates uploaded as a .zip archive."""
from __future__ import annotations

import os
import zipfile
from typing import BinaryIO


def _safe_target(dest: str, name: str) -> str:
    """Return the absolute path for member ``name`` or raise if it leaves ``dest``."""
    base = os.path.realpath(dest)
    target = os.path.realpath(os.path.join(base, name))
    if os.path.isabs(name) or os.path.commonpath([base, target]) != base:
        raise ValueError(f"unsafe path in archive: {name!r}")
    return target


def extract_bundle(archive: str | os.PathLike[str] | BinaryIO, dest: str | os.PathLike[str]) -> list[str]:
    """Extract every member of ``archive`` under ``dest``.

    Returns the names of the files that were written, in archive order.
    """
    written: list[str] = []
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        targets = [_safe_target(os.fspath(dest), m.filename) for m in members]
        for member, target in zip(members, targets):
            if member.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(member.filename)
    return written
