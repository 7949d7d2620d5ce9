"""find-keyword: print the lines of a text file that mention a keyword.

Used by the support chat bot, which runs it on customer log uploads with the
keyword the customer typed, e.g.::

    python app.py --ignore-case --word timeout /srv/uploads/1234/app.log
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Iterator, List, Optional, Sequence, Tuple


def build_matcher(keyword: str, ignore_case: bool = False, whole_word: bool = False) -> "re.Pattern[str]":
    """Compile the matcher used for every line of the file."""
    flags = re.IGNORECASE if ignore_case else 0
    expression = rf"\b{keyword}\b" if whole_word else keyword
    return re.compile(expression, flags)


def matching_lines(path: Path, matcher: "re.Pattern[str]") -> Iterator[Tuple[int, str]]:
    """Yield (line number, line) for every line the matcher finds a hit in."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            text = line.rstrip("\n")
            if matcher.search(text):
                yield number, text


def find_keyword(path: Path, keyword: str, ignore_case: bool = False, whole_word: bool = False) -> List[Tuple[int, str]]:
    """Return all matching (line number, line) pairs of ``path``."""
    matcher = build_matcher(keyword, ignore_case, whole_word)
    return list(matching_lines(Path(path), matcher))


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Print lines that mention a keyword.")
    parser.add_argument("keyword")
    parser.add_argument("file", type=Path)
    parser.add_argument("-i", "--ignore-case", action="store_true")
    parser.add_argument("-w", "--word", action="store_true", help="match whole words only")
    parser.add_argument("-c", "--count", action="store_true", help="print only the number of matches")
    args = parser.parse_args(argv)

    if not args.file.is_file():
        print(f"find-keyword: {args.file}: no such file", file=sys.stderr)
        return 2
    hits = find_keyword(args.file, args.keyword, args.ignore_case, args.word)
    if args.count:
        print(len(hits))
    else:
        for number, text in hits:
            print(f"{number}:{text}")
    return 0 if hits else 1


if __name__ == "__main__":
    raise SystemExit(main())
