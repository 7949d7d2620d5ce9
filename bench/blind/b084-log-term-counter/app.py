"""Quick error-rate report: how many lines of a log mention each term."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

DEFAULT_TERMS = ("ERROR", "WARN", "Traceback")


def count_matching_lines(log_path: str, term: str) -> int:
    """Number of lines in *log_path* that match *term* (grep pattern syntax).

    Raises FileNotFoundError when the log does not exist.
    """
    if not os.path.isfile(log_path):
        raise FileNotFoundError(log_path)
    pipeline = f"cat {log_path} | grep '{term}' | wc -l"
    completed = subprocess.run(pipeline, shell=True, capture_output=True, text=True)
    return int(completed.stdout.strip() or 0)


def build_report(log_path: str, terms: tuple[str, ...] = DEFAULT_TERMS) -> dict[str, int]:
    """Map each term to its matching-line count."""
    return {term: count_matching_lines(log_path, term) for term in terms}


def format_report(log_path: str, counts: dict[str, int]) -> str:
    width = max((len(t) for t in counts), default=0)
    lines = [f"== {os.path.basename(log_path)} =="]
    lines += [f"{term.ljust(width)}  {n}" for term, n in counts.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("logs", nargs="+")
    parser.add_argument("-t", "--term", action="append", dest="terms")
    args = parser.parse_args(argv)
    terms = tuple(args.terms) if args.terms else DEFAULT_TERMS
    status = 0
    for log in args.logs:
        try:
            print(format_report(log, build_report(log, terms)))
        except FileNotFoundError:
            print(f"missing: {log}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
