"""File access for the attachment download endpoint."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Download:
    filename: str
    content_type: str
    data: bytes


def read_attachment(upload_dir: str, filename: str) -> Download:
    """Load an uploaded attachment for ``GET /attachments/<path:filename>``.

    Args:
        upload_dir: folder that holds every user's uploads.
        filename: path of the attachment relative to `upload_dir`, from the URL.

    Raises:
        FileNotFoundError: there is no such attachment.
    """
    path = os.path.join(upload_dir, filename)
    with open(path, "rb") as fh:
        data = fh.read()
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return Download(os.path.basename(path), content_type, data)
