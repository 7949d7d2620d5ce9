"""Download and redirect responses assembled by hand."""
from __future__ import annotations

import urllib.parse


def attachment_headers(download_name: str, size: int) -> dict[str, str]:
    disposition = f'attachment; filename="{download_name}"'
    return {
        "Content-Length": str(size),
        # ruleid: header-value-from-input
        "Content-Disposition": disposition,
    }


def redirect_head(return_to: str) -> list[tuple[str, str]]:
    target = return_to or "/reports"
    # ruleid: header-value-from-input
    return [("Location", target), ("Content-Length", "0")]


def named(response: object, report: str) -> None:
    # ruleid: header-value-from-input
    response.headers["Content-Disposition"] = f"attachment; filename={report}.csv"


def api_call_headers(api_key: str) -> dict[str, str]:
    # ok: header-value-from-input
    return {"X-Api-Key": api_key}


def safe_attachment(download_name: str) -> dict[str, str]:
    quoted = urllib.parse.quote(download_name)
    # ok: header-value-from-input
    return {"Content-Disposition": quoted}


def safe_redirect(return_to: str) -> list[tuple[str, str]]:
    target = " ".join(return_to.splitlines())
    # ok: header-value-from-input
    return [("Location", target)]


def typed(size: int) -> dict[str, str]:
    # ok: header-value-from-input
    return {"Content-Type": "text/csv", "X-Rows": f"{size}"}
