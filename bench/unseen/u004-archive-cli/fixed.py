"""Command-line tool that packs a project directory into a .tar.gz backup."""
from __future__ import annotations

import argparse
import subprocess
import sys


def create_archive(source: str, output: str, exclude: str | None = None) -> int:
    """Write the contents of ``source`` into the gzipped tarball ``output``.

    Returns 0 on success and 1 if tar reported an error.
    """
    command = ["tar", "-czf", output]
    if exclude:
        command.append(f"--exclude={exclude}")
    command += ["-C", source, "."]
    completed = subprocess.run(command, check=False)
    return 0 if completed.returncode == 0 else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``backup SOURCE OUTPUT [--exclude PATTERN]``."""
    parser = argparse.ArgumentParser(description="Back up a directory as a .tar.gz archive")
    parser.add_argument("source", help="directory to archive")
    parser.add_argument("output", help="path of the .tar.gz file to create")
    parser.add_argument("--exclude", help="glob pattern of files to leave out")
    args = parser.parse_args(argv)

    code = create_archive(args.source, args.output, args.exclude)
    if code == 0:
        print(f"archive written to {args.output}")
    else:
        print("backup failed", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
