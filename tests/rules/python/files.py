"""Exports and credential files."""
from __future__ import annotations

import csv
import os
import stat
import tempfile
from pathlib import Path


def export_csv(rows: list[dict[str, str]]) -> str:
    # ruleid: tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv", prefix="export-")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


class Scratch:
    def new_path(self) -> Path:
        # ruleid: tempfile-mktemp
        return Path(tempfile.mktemp(dir="/tmp"))


def export_csv_safe(rows: list[dict[str, str]]) -> str:
    # ok: tempfile-mktemp
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([r.values() for r in rows])
        return fh.name


def scratch_dir() -> str:
    # ok: tempfile-mktemp
    return tempfile.mkdtemp(prefix="job-")


def save_token(token: str, path: Path) -> None:
    path.write_text(token, encoding="utf-8")
    # ruleid: chmod-permissive
    os.chmod(path, 0o777)


def share_log(path: str) -> None:
    # ruleid: chmod-permissive
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IWGRP | stat.S_IROTH | stat.S_IWOTH)


def publish(path: Path) -> None:
    # ruleid: chmod-permissive
    path.chmod(0o666)


def save_token_safe(token: str, path: Path) -> None:
    path.write_text(token, encoding="utf-8")
    # ok: chmod-permissive
    os.chmod(path, 0o600)


def team_folder(path: str) -> None:
    # ok: chmod-permissive
    os.chmod(path, 0o770)


def make_executable(path: Path) -> None:
    # ok: chmod-permissive
    path.chmod(0o755)


def readable(path: str) -> None:
    # ok: chmod-permissive
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)


SHARED_MODE = 0o777
PRIVATE_MODE = 0o700


def open_up(path: str) -> None:
    # ruleid: chmod-permissive
    os.chmod(path, SHARED_MODE)


def lock_down(path: str) -> None:
    # ok: chmod-permissive
    os.chmod(path, PRIVATE_MODE)
