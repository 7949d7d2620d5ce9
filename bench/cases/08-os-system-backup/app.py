"""Nightly backup of a project folder into a compressed tarball."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path


def backup_name(project: str, day: date) -> str:
    """File name of a project's backup for one day."""
    return f"{project}-{day.isoformat()}.tar.gz"


def create_backup(source_dir: str, dest_dir: str, project: str, day: date | None = None) -> Path:
    """Archive everything under `source_dir` into `dest_dir` and return the archive's path.

    Args:
        source_dir: folder to back up.
        dest_dir: folder that receives the archive.
        project: project name, used in the archive's file name.
        day: date stamped into the name (today by default).

    Raises:
        RuntimeError: tar reported an error.
    """
    archive = Path(dest_dir) / backup_name(project, day or date.today())
    status = os.system(f"tar -czf {archive} -C {source_dir} .")
    if status != 0:
        raise RuntimeError(f"tar failed with status {status}")
    return archive
