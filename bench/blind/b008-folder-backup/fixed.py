"""Nightly backup helper: pack a project folder into a dated .tar.gz archive."""
import datetime as dt
import os
import subprocess
from typing import Optional

BACKUP_ROOT = "/var/backups/projects"


def archive_path_for(label: str, backup_root: str, when: Optional[dt.date] = None) -> str:
    """Compute the archive file path, e.g. <root>/<label>-2024-05-01.tar.gz."""
    stamp = (when or dt.date.today()).isoformat()
    return os.path.join(backup_root, f"{label}-{stamp}.tar.gz")


def make_backup(source_dir: str, label: str, backup_root: Optional[str] = None,
                when: Optional[dt.date] = None) -> Optional[str]:
    """Archive ``source_dir`` under ``backup_root``.

    Returns the archive path on success and None if tar reported an error.
    """
    root = backup_root or BACKUP_ROOT
    os.makedirs(root, exist_ok=True)
    target = archive_path_for(label, root, when)
    command = ["tar", "-czf", target, "-C", source_dir, "."]
    status = subprocess.run(command, stderr=subprocess.DEVNULL).returncode
    if status != 0:
        return None
    return target
