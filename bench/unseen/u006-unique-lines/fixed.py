"""Data-cleaning helper: count how often each line occurs in a text file."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def count_unique_lines(path: str | Path) -> dict[str, int]:
    """Return ``{line: occurrences}`` for the file at ``path`` using sort | uniq -c."""
    sorted_run = subprocess.run(["sort", "--", str(path)], capture_output=True, text=True)
    if sorted_run.returncode != 0:
        raise RuntimeError(f"counting failed: {sorted_run.stderr.strip()}")
    result = subprocess.run(["uniq", "-c"], input=sorted_run.stdout, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"counting failed: {result.stderr.strip()}")
    counts: dict[str, int] = {}
    for raw in result.stdout.splitlines():
        number, _, line = raw.strip().partition(" ")
        counts[line] = int(number)
    return counts


def top_lines(path: str | Path, n: int = 3) -> list[tuple[str, int]]:
    """Return the ``n`` most frequent lines, most frequent first."""
    counts = count_unique_lines(path)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def main(argv: list[str] | None = None) -> int:
    """CLI: print the most frequent lines of each file given on the command line."""
    for name in argv if argv is not None else sys.argv[1:]:
        for line, count in top_lines(name):
            print(f"{count:>6}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
