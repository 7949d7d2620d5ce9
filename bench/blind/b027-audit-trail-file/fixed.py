"""Append-only audit trail for the document management service.

Each entry is a single line ``<ISO timestamp> <user> <action>``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, List, Optional, Union

# Characters that would end the current line when the file is read back.
_LINE_BREAKS = str.maketrans({"\r": "\\r", "\n": "\\n", "\v": "\\v", "\f": "\\f",
                              "\x1c": "\\x1c", "\x1d": "\\x1d", "\x1e": "\\x1e",
                              "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"})


@dataclass(frozen=True)
class AuditEntry:
    timestamp: str
    user: str
    action: str


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _one_line(value: str) -> str:
    return value.translate(_LINE_BREAKS)


class AuditTrail:
    """Writes and reads the audit file for one workspace."""

    def __init__(self, path: Union[str, Path], clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = Path(path)
        self._clock = clock

    def record(self, user: str, action: str) -> AuditEntry:
        """Append one entry and return it."""
        stamp = self._clock().strftime("%Y-%m-%dT%H:%M:%SZ")
        entry = AuditEntry(stamp, user, action)
        line = f"{entry.timestamp} {_one_line(entry.user)} {_one_line(entry.action)}\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
        return entry

    def entries(self, user: Optional[str] = None) -> List[AuditEntry]:
        """Read the trail back, optionally only the entries of one user."""
        if not self.path.exists():
            return []
        result: List[AuditEntry] = []
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            parts = raw.split(" ", 2)
            if len(parts) != 3:
                continue
            entry = AuditEntry(*parts)
            if user is None or entry.user == user:
                result.append(entry)
        return result
