"""logscan: print the lines of log files that contain a search term.

Usage: python -m logscan [-i] [-c] TERM FILE [FILE ...]
The ops chat bot calls ``main()`` with the term typed by the requester.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Iterator, List, Optional, Pattern, TextIO, Tuple


def build_matcher(term: str, ignore_case: bool) -> Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(re.escape(term), flags)


def scan_file(path: Path, matcher: Pattern[str]) -> Iterator[Tuple[int, str]]:
    """Yield ``(line_number, line)`` for each line the matcher finds a hit in."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if matcher.search(line):
                yield number, line.rstrip("\n")


def main(argv: Optional[List[str]] = None, out: TextIO = sys.stdout) -> int:
    """Entry point; returns 0 when something matched, 1 when nothing did, 2 on errors."""
    parser = argparse.ArgumentParser(prog="logscan", description="Find a term in log files.")
    parser.add_argument("term", help="text to look for")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-i", "--ignore-case", action="store_true")
    parser.add_argument("-c", "--count", action="store_true", help="only print match counts")
    args = parser.parse_args(argv)

    matcher = build_matcher(args.term, args.ignore_case)
    total = 0
    for path in args.files:
        if not path.is_file():
            print(f"logscan: {path}: no such file", file=sys.stderr)
            return 2
        hits = list(scan_file(path, matcher))
        total += len(hits)
        if args.count:
            print(f"{path}:{len(hits)}", file=out)
        else:
            for number, line in hits:
                print(f"{path}:{number}:{line}", file=out)
    return 0 if total else 1


if __name__ == "__main__":
    raise SystemExit(main())
