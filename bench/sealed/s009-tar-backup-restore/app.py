"""restore-backup: unpack a project backup archive into a folder."""
from __future__ import annotations

import argparse
import sys
import tarfile
from pathlib import Path

DEFAULT_DEST = Path("restored")


def restore_backup(archive: Path, dest: Path) -> list[str]:
    """Extract ``archive`` into ``dest`` and return the restored member names."""
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = tar.getmembers()
        tar.extractall(path=dest)
    return [m.name for m in members if m.isfile()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Restore a .tar/.tar.gz backup")
    parser.add_argument("archive", type=Path, help="backup archive to restore")
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST, help="target folder")
    parser.add_argument("--quiet", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.archive.is_file():
        print(f"error: {args.archive} not found", file=sys.stderr)
        return 2
    restored = restore_backup(args.archive, args.dest)
    if not args.quiet:
        for name in restored:
            print(f"restored {name}")
    print(f"{len(restored)} files restored into {args.dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
