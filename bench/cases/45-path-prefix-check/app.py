"""Serves the documentation site's static files from a per-version folder."""
from __future__ import annotations

import os
from pathlib import Path


class NotFound(Exception):
    """The requested file does not exist or may not be served."""


def resolve_static(root: Path, request_path: str) -> Path:
    """Map a URL path below ``/static/`` to a file under `root`.

    Raises:
        NotFound: the file is missing or outside `root`.
    """
    candidate = os.path.realpath(os.path.join(root, request_path.lstrip("/")))
    if not candidate.startswith(os.path.realpath(root)):
        raise NotFound(request_path)
    if not os.path.isfile(candidate):
        raise NotFound(request_path)
    return Path(candidate)


def read_static(root: Path, request_path: str) -> bytes:
    """Bytes of a static file, for the response body."""
    return resolve_static(root, request_path).read_bytes()
