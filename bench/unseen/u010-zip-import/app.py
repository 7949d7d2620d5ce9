"""Import a bundle of e-mail templates uploaded as a .zip archive."""
from __future__ import annotations

import os
import zipfile
from typing import BinaryIO


def extract_bundle(archive: str | os.PathLike[str] | BinaryIO, dest: str | os.PathLike[str]) -> list[str]:
    """Extract every member of ``archive`` under ``dest``.

    Returns the names of the files that were written, in archive order.
    """
    written: list[str] = []
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            target = os.path.join(dest, member.filename)
            if member.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(member.filename)
    return written
