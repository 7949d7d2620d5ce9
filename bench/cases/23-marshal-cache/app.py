"""On-disk cache for expensive report aggregates, shared by the workers of a host."""
from __future__ import annotations

import hashlib
import marshal
from pathlib import Path
from typing import Any


def cache_path(cache_dir: Path, key: str) -> Path:
    """File that holds the cached value for `key`."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return cache_dir / f"{digest}.cache"


def cache_put(cache_dir: Path, key: str, value: dict[str, Any]) -> None:
    """Store a report aggregate (plain dicts, lists, numbers and strings)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_path(cache_dir, key), "wb") as fh:
        marshal.dump(value, fh)


def cache_get(cache_dir: Path, key: str) -> dict[str, Any] | None:
    """The cached aggregate for `key`, or None when it is missing or unreadable."""
    path = cache_path(cache_dir, key)
    if not path.exists():
        return None
    try:
        with open(path, "rb") as fh:
            return marshal.load(fh)
    except (EOFError, ValueError, TypeError):
        return None
