"""bookmark-titles: add page titles to an exported bookmark list.

The sync service runs ``main([uploaded_file])`` for every list a user uploads.
"""
from __future__ import annotations

import argparse
import html
import ipaddress
import re
import socket
import sys
import urllib.request
from pathlib import Path
from typing import List, Optional, TextIO
from urllib.parse import urlsplit

TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
READ_LIMIT = 64 * 1024
USER_AGENT = "bookmark-titles/0.3"


def _check_public_http(url: str) -> None:
    """Raise ValueError unless ``url`` is http(s) to a host with only public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"refusing to fetch {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for info in socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP):
        if not ipaddress.ip_address(info[4][0].split("%", 1)[0]).is_global:
            raise ValueError(f"refusing to fetch non-public address for {url!r}")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _check_public_http(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download_head(url: str, timeout: float = 8.0) -> str:
    """Return the first READ_LIMIT bytes of ``url`` decoded as text."""
    _check_public_http(url)
    opener = urllib.request.build_opener(_CheckedRedirects)
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with opener.open(req, timeout=timeout) as resp:
        raw = resp.read(READ_LIMIT)
    return raw.decode("utf-8", errors="replace")


def page_title(url: str) -> str:
    """Best-effort <title> of the page at ``url``; empty string when unavailable."""
    try:
        page = download_head(url)
    except (OSError, ValueError):
        return ""
    match = TITLE_RE.search(page)
    return " ".join(html.unescape(match.group(1)).split()) if match else ""


def main(argv: Optional[List[str]] = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(prog="bookmark-titles")
    parser.add_argument("bookmarks", type=Path, help="file with one URL per line")
    args = parser.parse_args(argv)
    for line in args.bookmarks.read_text(encoding="utf-8").splitlines():
        link = line.strip()
        if not link or link.startswith("#"):
            continue
        print(f"{link}\t{page_title(link) or '(no title)'}", file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
