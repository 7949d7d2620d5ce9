"""restore-backup: unpack a project backup archive into a folder."""
from __future__ import annotations

import argparse
import sys
import tarfile
from pathlib import Path

DEFAULT_DEST = Path("restored")


def _check_members(members: list[tarfile.TarInfo], dest: Path) -> None:
    root = dest.resolve()
    for member in members:
        target = (root / member.name).resolve()
        if not target.is_relative_to(root):
            raise ValueError(f"unsafe path in archive: {member.name}")
        if member.issym() or member.islnk() or member.isdev():
            raise ValueError(f"links and devices are not allowed: {member.name}")


def restore_backup(archive: Path, dest: Path) -> list[str]:
    """Extract ``archive`` into ``dest`` and return the restored member names."""
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = tar.getmembers()
        _check_members(members, dest)
        tar.extractall(path=dest, members=members, filter="data")
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
    try:
        restored = restore_backup(args.archive, args.dest)
    except (ValueError, tarfile.TarError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        for name in restored:
            print(f"restored {name}")
    print(f"{len(restored)} files restored into {args.dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
