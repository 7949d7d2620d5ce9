"""Content-addressed storage for uploaded files, with de-duplication."""
from __future__ import annotations

import hashlib
from pathlib import Path


def content_id(data: bytes) -> str:
    """Stable identifier of a blob, derived from its bytes."""
    return hashlib.md5(data).hexdigest()


class BlobStore:
    """Stores each distinct blob once, under its content id."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def put(self, data: bytes) -> str:
        """Store `data` unless an identical blob is already there; return its id."""
        blob_id = content_id(data)
        path = self.root / blob_id
        if not path.exists():
            path.write_bytes(data)
        return blob_id

    def get(self, blob_id: str) -> bytes:
        """Bytes of a stored blob.

        Raises:
            KeyError: no blob has this id.
        """
        path = self.root / blob_id
        if not path.is_file():
            raise KeyError(blob_id)
        return path.read_bytes()
