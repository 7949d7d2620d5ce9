"""logsearch: find log lines containing a search term (case-insensitive).

    logsearch --term "payment declined" /var/log/app/*.log
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path


def build_matcher(term: str, ignore_case: bool = True) -> re.Pattern[str]:
    """Compile the search term into a matcher."""
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(re.escape(term), flags)


def search_lines(lines: Iterable[str], term: str, ignore_case: bool = True) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) for each line that contains the term."""
    matcher = build_matcher(term, ignore_case)
    for number, line in enumerate(lines, start=1):
        if matcher.search(line):
            yield number, line.rstrip("\n")


def search_files(paths: list[Path], term: str, ignore_case: bool = True) -> list[str]:
    """Search several files and return grep-style 'file:line:text' results."""
    results = []
    for path in paths:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for number, line in search_lines(fh, term, ignore_case):
                results.append(f"{path}:{number}:{line}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="logsearch", description=__doc__)
    parser.add_argument("--term", required=True, help="text to look for")
    parser.add_argument("--case-sensitive", action="store_true")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    results = search_files(args.files, args.term, ignore_case=not args.case_sensitive)
    for line in results:
        print(line)
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
