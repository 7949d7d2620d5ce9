"""profile-titles: record the page title of each member's listed website.

Runs nightly over the CSV export of member profiles (columns ``member_id``
and ``website``) and prints ``member_id<TAB>title`` for the moderation team.
"""
from __future__ import annotations

import argparse
import csv
import html
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

USER_AGENT = "profile-titles/1.3 (+https://community.example.com/bot)"
MAX_BYTES = 256 * 1024
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def fetch_page(url: str, timeout: float = 8.0) -> Optional[bytes]:
    """Return up to MAX_BYTES of the document at ``url``, or None if it cannot be fetched."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(MAX_BYTES)
    except (urllib.error.URLError, ValueError, OSError):
        return None


def extract_title(document: bytes) -> Optional[str]:
    """Pull the text of the first <title> element out of an HTML document."""
    match = _TITLE.search(document)
    if not match:
        return None
    text = html.unescape(match.group(1).decode("utf-8", errors="replace"))
    return " ".join(text.split()) or None


def read_profiles(csv_path: Path) -> List[Tuple[str, str]]:
    with csv_path.open(newline="", encoding="utf-8") as handle:
        return [(row["member_id"], (row.get("website") or "").strip()) for row in csv.DictReader(handle)]


def collect_titles(profiles: Iterable[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """Return (member_id, title or '-') for every profile that lists a website."""
    results: List[Tuple[str, str]] = []
    for member_id, website in profiles:
        if not website:
            continue
        page = fetch_page(website)
        title = extract_title(page) if page else None
        results.append((member_id, title or "-"))
    return results


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="CSV export of member profiles")
    args = parser.parse_args(argv)
    for member_id, title in collect_titles(read_profiles(args.export)):
        print(f"{member_id}\t{title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
