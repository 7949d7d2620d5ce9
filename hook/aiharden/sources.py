"""What to scan: texts of changed files (from git objects) or of files on disk, with bad input said in one line."""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aiharden.changes import MODE_SUBMODULE
from aiharden.changes import MODE_SYMLINK
from aiharden.changes import ChangeSet
from aiharden.changes import read_blobs
from aiharden.errors import FatalError
from aiharden.languages import SUFFIXES
from aiharden.languages import SUPPORTED
from aiharden.languages import detect
from aiharden.util import is_utf8_name
from aiharden.util import printable_path


@dataclass(frozen=True)
class Source:
    path: str  # repository- (or scan-root-) relative, posix
    text: str
    changed: tuple[tuple[int, int], ...] | None  # None: every line counts as changed


def _too_big(path: str, size: int, max_bytes: int) -> str:
    return f"{printable_path(path)}: skipped, {size:,} bytes is over the {max_bytes:,}-byte limit (max-file-bytes)"


def blob_sizes(root: Path, blobs: Sequence[str]) -> dict[str, int]:
    """Sizes of blobs by id, without reading them (`git cat-file --batch-check`)."""
    import git

    odb = git.Repo(root).odb
    return {blob: int(odb.info(bytes.fromhex(blob)).size) for blob in dict.fromkeys(blobs)}


def decode(path: str, data: bytes, max_bytes: int) -> tuple[str | None, str | None]:
    """(text, None) or (text-or-None, one-line notice)."""
    if len(data) > max_bytes:
        return None, _too_big(path, len(data), max_bytes)
    if b"\0" in data[:8192]:
        return None, f"{printable_path(path)}: skipped, binary file"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return data.decode("latin-1"), f"{printable_path(path)}: not valid UTF-8 (byte {e.start}); scanned as latin-1"


def from_changes(cs: ChangeSet, max_bytes: int, only: Sequence[str] = ()) -> tuple[list[Source], list[str]]:
    wanted = {p.replace(os.sep, "/") for p in only}
    files = [f for f in cs.scannable() if not wanted or f.path in wanted]
    notices = []
    picked = []
    for f in files:
        if f.mode == MODE_SUBMODULE:
            continue
        if not is_utf8_name(f.path):  # reports, SARIF URIs and terminals all need text
            notices.append(f"{printable_path(f.path)}: skipped, the file name is not valid UTF-8")
            continue
        if f.mode == MODE_SYMLINK:
            if f.path.endswith(SUFFIXES):
                notices.append(f"{printable_path(f.path)}: skipped, symbolic link (its target is scanned where it changes)")
            continue
        if f.status != "added" and not f.changed_lines and f.path.endswith(SUFFIXES):
            continue  # a mode-only change or a pure deletion of lines: nothing new to scan
        picked.append(f)
    # sizes first: a huge staged file (a data dump, a video) is never read into memory
    sizes = blob_sizes(cs.root, [f.blob for f in picked if f.blob]) if picked else {}
    small = []
    for f in picked:
        size = sizes[f.blob or ""]
        if size <= max_bytes:
            small.append(f)
        elif f.path.endswith(SUFFIXES):
            notices.append(_too_big(f.path, size, max_bytes))
    picked = small
    blobs = read_blobs(cs.root, [f.blob for f in picked if f.blob]) if picked else {}
    sources = []
    for f in picked:
        data = blobs[f.blob or ""]
        if detect(f.path, data[:256]) is None:
            continue
        text, notice = decode(f.path, data, max_bytes)
        if notice:
            notices.append(notice)
        if text is not None:
            sources.append(Source(f.path, text, f.changed_lines))
    return sources, notices


def baseline(cs: ChangeSet, sources: Sequence[Source], max_bytes: int) -> list[Source]:
    """The base versions of the files being scanned, under their new paths, to tell new findings from old."""
    by_path = {f.path: f for f in cs.files}
    old = {s.path: by_path[s.path].old_blob for s in sources if s.path in by_path and by_path[s.path].old_blob}
    sizes = blob_sizes(cs.root, [b for b in old.values() if b]) if old else {}
    old = {path: blob for path, blob in old.items() if sizes[blob or ""] <= max_bytes}
    blobs = read_blobs(cs.root, [b for b in old.values() if b]) if old else {}
    out = []
    for path, blob in old.items():
        text, _ = decode(path, blobs[blob or ""], max_bytes)
        if text is not None:
            out.append(Source(path, text, None))
    return out


def from_paths(paths: Sequence[str], max_bytes: int, root: Path | None = None) -> tuple[list[Source], list[str]]:
    """Files and folders on disk, whole. Paths are reported relative to root (default: the current directory).
    A path that does not exist is a FatalError (exit 2)."""
    base = (root or Path.cwd()).resolve()
    notices: list[str] = []
    found: dict[str, Path] = {}
    for arg in paths:
        p = Path(arg)
        if not p.exists() and not p.is_symlink():  # a typo in CI must not pass as a clean scan
            raise FatalError(f"{printable_path(arg)}: no such file or directory")
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in ("__pycache__", "node_modules"))
                for name in sorted(filenames):
                    if name.endswith(SUFFIXES):
                        found.setdefault(_rel(Path(dirpath) / name, base), Path(dirpath) / name)
        else:
            found.setdefault(_rel(p, base), p)
    sources = []
    for rel, p in found.items():
        if not is_utf8_name(rel):
            notices.append(f"{printable_path(rel)}: skipped, the file name is not valid UTF-8")
            continue
        if p.is_symlink():
            notices.append(f"{printable_path(rel)}: skipped, symbolic link")
            continue
        try:
            size = p.stat().st_size
            with open(p, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as e:
            notices.append(f"{printable_path(rel)}: unreadable ({e.strerror})")
            continue
        if size > max_bytes:
            notices.append(_too_big(rel, size, max_bytes))
            continue
        if detect(rel, data[:256]) is None:
            notices.append(f"{printable_path(rel)}: skipped, not a supported language ({SUPPORTED})")
            continue
        text, notice = decode(rel, data, max_bytes)
        if notice:
            notices.append(notice)
        if text is not None:
            sources.append(Source(rel, text, None))
    return sources, notices


def _rel(p: Path, base: Path) -> str:
    full = p.resolve() if not p.is_symlink() else p.absolute()
    try:
        return full.relative_to(base).as_posix()
    except ValueError:
        return full.as_posix().lstrip("/")  # outside the root: its absolute path, never "../"
