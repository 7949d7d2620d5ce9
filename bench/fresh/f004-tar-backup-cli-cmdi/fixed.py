"""backup-folder: archive a project folder into a timestamped .tar.gz."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path


def default_archive_name(folder: str, when: datetime | None = None) -> str:
    """Build `<folder-name>-YYYYmmdd-HHMMSS.tar.gz`."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{Path(folder).name or 'backup'}-{stamp}.tar.gz"


def archive_folder(folder: str, out: str) -> int:
    """Create a gzip-compressed tarball of `folder` at `out`; return tar's exit status."""
    command = ["tar", "czf", out, "--", folder]
    completed = subprocess.run(command, check=False)
    return completed.returncode


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Archive a folder with tar.")
    parser.add_argument("folder", help="folder to archive")
    parser.add_argument("-o", "--out", help="archive path (default: timestamped name)")
    parser.add_argument("--dest", default=".", help="directory for the default archive name")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    target = args.out or os.path.join(args.dest, default_archive_name(args.folder))
    status = archive_folder(args.folder, target)
    if status != 0:
        print(f"tar failed with status {status}", file=sys.stderr)
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
