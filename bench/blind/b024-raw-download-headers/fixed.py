"""Response builder for the lightweight export server.

The export daemon speaks plain HTTP/1.1 over a socket, so responses are
assembled by hand: a status line, the header block, a blank line, the body.
"""
from __future__ import annotations

import mimetypes
import re
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Dict, List, Optional

SERVER_NAME = "export-daemon/2.1"
DEFAULT_TYPE = "application/octet-stream"

# Control characters (CR and LF included), quotes and backslashes may not
# appear inside the quoted filename of a header value.
_UNSAFE_FILENAME_CHARS = re.compile(r'[\x00-\x1f\x7f"\\]')


def _guess_type(download_name: str) -> str:
    """Pick a Content-Type from the file extension."""
    guessed, _ = mimetypes.guess_type(download_name)
    return guessed or DEFAULT_TYPE


def _safe_filename(download_name: str) -> str:
    return _UNSAFE_FILENAME_CHARS.sub("", download_name)


def attachment_headers(download_name: str, size: int, now: Optional[datetime] = None) -> Dict[str, str]:
    """Return the header mapping for serving ``size`` bytes as a download."""
    stamp = now or datetime.now(timezone.utc)
    safe_name = _safe_filename(download_name)
    disposition = f'attachment; filename="{safe_name}"'
    return {
        "Date": format_datetime(stamp, usegmt=True),
        "Server": SERVER_NAME,
        "Content-Type": _guess_type(safe_name),
        "Content-Length": str(size),
        "Content-Disposition": disposition,
        "Cache-Control": "no-store",
    }


def build_download_response(download_name: str, body: bytes, now: Optional[datetime] = None) -> bytes:
    """Serialise a complete ``200 OK`` response carrying ``body`` as an attachment.

    ``download_name`` is the name the client asked to save the export under
    (the ``?as=`` query parameter of the export URL).
    """
    headers = attachment_headers(download_name, len(body), now)
    lines: List[str] = ["HTTP/1.1 200 OK"]
    for name, value in headers.items():
        lines.append(f"{name}: {value}")
    head = "\r\n".join(lines) + "\r\n\r\n"
    return head.encode("latin-1") + body
