"""Installs user-uploaded UI themes packaged as .tar.gz archives."""
from __future__ import annotations

import re
import tarfile
from pathlib import Path

THEME_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def install_theme(archive_path: str, themes_dir: str, name: str) -> list[str]:
    """Unpack a theme archive into ``themes_dir/name`` and return the installed files.

    Args:
        archive_path: the uploaded .tar.gz file.
        themes_dir: folder that holds every installed theme.
        name: the theme's name, used as its folder.

    Raises:
        ValueError: the theme name is not valid.
    """
    if not THEME_NAME.match(name):
        raise ValueError(f"invalid theme name: {name!r}")
    target = Path(themes_dir) / name
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:*") as tar:
        tar.extractall(target)
    return sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
