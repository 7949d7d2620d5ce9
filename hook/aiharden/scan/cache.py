"""semgrep's results per file, kept under the cache folder: a file whose text, language and rule set were scanned
before is not scanned again. The key is the file's content, its suffix (which picks the language) and a digest of
the rules and engine versions, never its path: semgrep reads each file alone, and no bundled rule filters by path."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Collection
from collections.abc import Iterable
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from aiharden import __version__

FORMAT = 1
MAX_ENTRIES = 20_000  # beyond this, the older half goes


def rules_digest(folders: tuple[Path, ...]) -> str:
    """The rule files' names and bytes, semgrep's and aiharden's versions (read each time: about a millisecond)."""
    h = hashlib.sha256(f"{FORMAT}\0{__version__}\0{package_version('semgrep')}".encode())
    for folder in folders:
        files = sorted(folder.rglob("*.y*ml")) if folder.is_dir() else [folder]
        for f in files:
            h.update(b"\0" + str(f.relative_to(folder) if folder.is_dir() else f.name).encode() + b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()


def package_version(name: str) -> str:
    """An installed distribution's version, "unknown" when it is not installed: part of a cache key."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def key(digest: str, rel: str, text: str) -> str:
    h = hashlib.sha256(digest.encode())
    h.update(b"\0" + Path(rel).suffix.encode() + b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ResultCache:
    """One JSON file per scanned text: the semgrep results for it, with the path left out."""

    def __init__(self, folder: Path, digest: str) -> None:
        self.folder = folder
        self.digest = digest

    def _file(self, k: str) -> Path:
        return self.folder / k[:2] / f"{k}.json"

    def get(self, texts: Mapping[str, str]) -> dict[str, list[dict[str, Any]]]:
        """The cached results of each text found, by its relative path."""
        found = {}
        for rel, text in texts.items():
            try:
                results = json.loads(self._file(key(self.digest, rel, text)).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(results, list):
                found[rel] = [{**r, "path": rel} for r in results if isinstance(r, dict)]
        return found

    def put(self, texts: Mapping[str, str], results: Iterable[dict[str, Any]], skip: Collection[str] = ()) -> None:
        """Store each text's results (texts in skip, e.g. with a semgrep error, are not stored); never fails a run."""
        if "*" in skip:  # an error of the whole run
            return
        by_path: dict[str, list[dict[str, Any]]] = {rel: [] for rel in texts if rel not in skip}
        for r in results:
            if r.get("path") in by_path:
                by_path[r["path"]].append({k: v for k, v in r.items() if k != "path"})
        try:
            for rel, rs in by_path.items():
                dest = self._file(key(self.digest, rel, texts[rel]))
                dest.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".tmp-")
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(rs, out)
                os.replace(tmp, dest)
            if by_path:
                self._trim(dest.parent)
        except OSError:
            pass

    def _trim(self, sample: Path) -> None:
        """Keys are uniform over 256 sub-folders: one of them tells the size of the whole."""
        if sum(1 for _ in sample.iterdir()) * 256 <= MAX_ENTRIES:
            return
        entries = list(self.folder.glob("*/*.json"))
        entries.sort(key=lambda p: p.stat().st_mtime)
        for p in entries[: len(entries) // 2]:
            p.unlink(missing_ok=True)
