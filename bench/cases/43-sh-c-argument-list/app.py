"""Copies uploaded images into the thumbnail queue folder with a timestamped name."""
from __future__ import annotations

import subprocess
from pathlib import Path


def queue_name(upload_name: str, stamp: str) -> str:
    """Name of the queued copy: ``<stamp>-<original name>``."""
    return f"{stamp}-{upload_name}"


def enqueue_upload(upload: Path, queue_dir: Path, stamp: str) -> Path:
    """Copy an uploaded file into the queue, preserving its timestamps.

    Args:
        upload: the uploaded file (its name is chosen by the user).
        queue_dir: the thumbnail worker's inbox folder.
        stamp: upload time, e.g. ``20240501T120000``.

    Raises:
        RuntimeError: the copy failed.
    """
    target = queue_dir / queue_name(upload.name, stamp)
    cmd = ["sh", "-c", f"cp -p '{upload}' '{target}'"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"copy failed: {result.stderr.strip()}")
    return target
