"""Import user-uploaded theme packs (zip files) into the site's theme folder."""
import os
import shutil
import zipfile
from typing import List

CHUNK_SIZE = 64 * 1024


def _write_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, target: str) -> None:
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with archive.open(member) as source, open(target, "wb") as sink:
        shutil.copyfileobj(source, sink, CHUNK_SIZE)


def import_theme(zip_path: str, theme_dir: str) -> List[str]:
    """Unpack ``zip_path`` into the theme folder ``theme_dir`` and return the written file names.

    Directory entries are created but not listed. Raises zipfile.BadZipFile for corrupt uploads and ValueError
    for members that would land outside the theme folder.
    """
    dest_root = theme_dir
    os.makedirs(dest_root, exist_ok=True)
    written: List[str] = []
    root_real = os.path.realpath(dest_root)
    with zipfile.ZipFile(zip_path) as archive:
        for member in archive.infolist():
            destination = os.path.realpath(os.path.join(root_real, member.filename))
            if os.path.commonpath([root_real, destination]) != root_real:
                raise ValueError(f"unsafe path in archive: {member.filename!r}")
            if member.is_dir():
                os.makedirs(destination, exist_ok=True)
                continue
            _write_member(archive, member, destination)
            written.append(member.filename)
    return sorted(written)
