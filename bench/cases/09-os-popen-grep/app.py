"""Search helpers for the admin log viewer."""
from __future__ import annotations

import os
from collections.abc import Iterable


def count_matches(log_path: str, needle: str) -> int:
    """Count the lines of `log_path` that contain `needle` (plain text, case-sensitive).

    A missing log file counts as zero matches.
    """
    with os.popen(f"grep -c -F '{needle}' {log_path} 2>/dev/null") as pipe:
        out = pipe.read().strip()
    return int(out) if out.isdigit() else 0


def search_logs(log_paths: Iterable[str], needle: str) -> dict[str, int]:
    """Per-file match counts for the search box, leaving out files without matches."""
    counts = {}
    for path in log_paths:
        hits = count_matches(path, needle)
        if hits:
            counts[path] = hits
    return counts
