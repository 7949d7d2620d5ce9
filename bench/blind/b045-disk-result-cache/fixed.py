"""A tiny on-disk cache for expensive report computations."""
from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any, Callable

DEFAULT_CACHE_DIR = Path(os.environ.get("REPORT_CACHE_DIR", "/tmp/report-cache"))
_MISSING = object()


class ReportCache:
    """Stores computed results as files named after a hash of their key.

    Values are stored as JSON so that reading a cache file can never run code.
    """

    def __init__(self, directory: Path | str = DEFAULT_CACHE_DIR) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def _entry_path(self, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.directory / f"{digest}.cache"

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key``, replacing any previous entry."""
        target = self._entry_path(key)
        tmp = target.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(value, fh)
        os.replace(tmp, target)

    def get(self, key: str, default: Any = None) -> Any:
        """Return the cached value for ``key`` or ``default`` if absent/corrupt."""
        entry = self._entry_path(key)
        if not entry.exists():
            return default
        try:
            with open(entry, "r", encoding="utf-8") as fh:
                return json.load(fh)
        except Exception:
            return default

    def memoize(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Decorator caching ``func`` results by its name and arguments."""

        @functools.wraps(func)
        def wrapper(*args: Any) -> Any:
            key = f"{func.__module__}.{func.__qualname__}:{args!r}"
            hit = self.get(key, _MISSING)
            if hit is not _MISSING:
                return hit
            result = func(*args)
            self.put(key, result)
            return result

        return wrapper
