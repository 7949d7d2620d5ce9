"""Support tooling: search service logs for a pattern."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LIMIT = 50


@dataclass
class LogMatch:
    line_no: int
    text: str


def grep_log(log_path: Path, pattern: str, limit: int = DEFAULT_LIMIT) -> list[LogMatch]:
    """Return up to ``limit`` case-insensitive matches of ``pattern`` in ``log_path``."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    cmd = f"grep -n -i '{pattern}' {log_path} | head -n {int(limit)}"
    output = subprocess.check_output(cmd, shell=True, text=True)
    matches = []
    for raw in output.splitlines():
        number, _, text = raw.partition(":")
        matches.append(LogMatch(int(number), text))
    return matches


def count_errors(log_path: Path, service: str) -> int:
    """Count ERROR lines mentioning ``service``."""
    hits = grep_log(log_path, f"ERROR.*{service}", limit=10_000)
    return len(hits)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("log", type=Path)
    parser.add_argument("pattern")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    args = parser.parse_args()
    for m in grep_log(args.log, args.pattern, args.limit):
        print(f"{m.line_no}: {m.text}")
