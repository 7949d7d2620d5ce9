"""Minimal raw-socket HTTP helpers for the report export service."""
from __future__ import annotations

from typing import Dict, List, Tuple

CRLF = "\r\n"
DEFAULT_TYPE = "text/csv; charset=utf-8"


def _clean(value: str) -> str:
    """Drop CR, LF and other control characters so a value cannot start a new header."""
    return "".join(ch for ch in value if ch == "\t" or (ord(ch) >= 32 and ord(ch) != 127))


def _format_head(status: str, headers: List[Tuple[str, str]]) -> bytes:
    headers = [(name, _clean(value)) for name, value in headers]
    lines = [f"HTTP/1.1 {status}"]
    lines.extend(f"{name}: {value}" for name, value in headers)
    return (CRLF.join(lines) + CRLF + CRLF).encode("latin-1", errors="replace")


def export_headers(download_name: str, body_length: int,
                   content_type: str = DEFAULT_TYPE) -> bytes:
    """Response head for a downloadable export named ``download_name``."""
    label = _clean(download_name).replace('"', "").replace("\\", "").strip() or "export.csv"
    disposition = f'attachment; filename="{label}"'
    return _format_head("200 OK", [
        ("Content-Type", content_type),
        ("Content-Length", str(body_length)),
        ("Content-Disposition", disposition),
    ])


def redirect_headers(return_to: str) -> bytes:
    """303 response head sending the browser back to ``return_to``."""
    target = return_to or "/reports"
    return _format_head("303 See Other", [("Location", target), ("Content-Length", "0")])


def parse_head(raw: bytes) -> Dict[str, List[str]]:
    """Parse a response head back into ``{lower-name: [values]}`` (for diagnostics)."""
    text = raw.decode("latin-1").split(CRLF + CRLF, 1)[0]
    parsed: Dict[str, List[str]] = {}
    for line in text.split(CRLF)[1:]:
        name, _, value = line.partition(":")
        parsed.setdefault(name.strip().lower(), []).append(value.strip())
    return parsed
