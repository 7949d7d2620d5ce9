"""Count lines in one or more text files, like a tiny `wc -l` front-end."""
import argparse
import subprocess
import sys
from typing import Optional, Sequence


def count_lines(path: str) -> Optional[int]:
    """Return the number of lines in ``path``, or None if it cannot be read."""
    completed = subprocess.run(
        ["wc", "-l", "--", path], capture_output=True, text=True
    )
    if completed.returncode != 0:
        return None
    first_field = completed.stdout.strip().split()[0]
    return int(first_field)


def summarise(paths: Sequence[str]) -> tuple[list[str], int]:
    """Build report lines for each path and return them with the grand total."""
    report: list[str] = []
    total = 0
    for name in paths:
        lines = count_lines(name)
        if lines is None:
            report.append(f"{name}: unreadable")
            continue
        total += lines
        report.append(f"{name}: {lines}")
    return report, total


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Count lines in files")
    parser.add_argument("files", nargs="+", help="files to inspect")
    args = parser.parse_args(argv)
    report, total = summarise(args.files)
    print("\n".join(report))
    print(f"total: {total}")
    return 0 if all(not r.endswith("unreadable") for r in report) else 1


if __name__ == "__main__":
    sys.exit(main())
