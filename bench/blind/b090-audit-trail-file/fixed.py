"""Append-only audit trail for the document management service."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, List, NamedTuple, Optional


class AuditEntry(NamedTuple):
    timestamp: str
    user: str
    action: str


def _neutralise(text: str) -> str:
    """Escape line breaks and other control characters so an event stays on one line."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


class AuditTrail:
    """Writes one ``<ISO timestamp> <user> <action>`` line per event."""

    def __init__(self, path: Path, clock: Optional[Callable[[], datetime]] = None) -> None:
        self.path = Path(path)
        self._clock = clock or (lambda: datetime.now(timezone.utc))

    def _stamp(self) -> str:
        return self._clock().strftime("%Y-%m-%dT%H:%M:%SZ")

    def record(self, user: str, action: str) -> str:
        """Append an event and return the line that was written."""
        actor = _neutralise(user.strip()) or "anonymous"
        line = f"{self._stamp()} {actor} {_neutralise(action)}"
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
        return line

    def entries(self) -> List[AuditEntry]:
        """Read the trail back as structured entries (oldest first)."""
        if not self.path.exists():
            return []
        result: List[AuditEntry] = []
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            parts = raw.split(" ", 2)
            if len(parts) == 3:
                result.append(AuditEntry(*parts))
        return result
