"""logfind: search a project's log folder for a term.

Usage: python -m logfind PROJECT TERM [--root /var/log/apps]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from typing import NamedTuple

LOG_ROOT = "/var/log/apps"


class Hit(NamedTuple):
    file: str
    line: int
    text: str


def _parse(output: str) -> list[Hit]:
    hits = []
    for raw in output.splitlines():
        name, lineno, text = raw.split(":", 2)
        hits.append(Hit(name.removeprefix("./"), int(lineno), text))
    return sorted(hits)


def search_logs(project: str, term: str) -> list[Hit]:
    """Return every line containing *term* in the project's logs.

    Raises ValueError when the project has no log folder.
    """
    root = os.path.realpath(LOG_ROOT)
    log_dir = os.path.realpath(os.path.join(root, project))
    if os.path.commonpath([root, log_dir]) != root or log_dir == root:
        raise ValueError(f"unknown project: {project}")
    if not os.path.isdir(log_dir):
        raise ValueError(f"unknown project: {project}")
    result = subprocess.run(["grep", "-rn", "-F", "-e", term, "."], cwd=log_dir,
                            capture_output=True, text=True)
    return _parse(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="logfind")
    parser.add_argument("project")
    parser.add_argument("term")
    args = parser.parse_args(argv)
    try:
        hits = search_logs(args.project, args.term)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    for hit in hits:
        print(f"{hit.file}:{hit.line}: {hit.text}")
    return 0 if hits else 1


if __name__ == "__main__":
    raise SystemExit(main())
