"""The signal catalog: the bundled agents.toml, extended by a user file."""
from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiharden.errors import FatalError

BUNDLED = Path(__file__).resolve().parent.parent / "agents.toml"
NOTE_FORMATS = ("git-ai", "agent-trace")
_PLAIN_READS = {"author", "committer", "co-author", "message", "branch", "pr-author"}


@dataclass(frozen=True)
class Signal:
    id: str
    tool: str
    kind: str
    read: tuple[str, ...]
    pattern: re.Pattern[str]
    weight: float

    def search(self, text: str) -> str | None:
        """The line of text holding the first match, or None."""
        m = self.pattern.search(text)
        if m is None:
            return None
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        return text[start:end if end >= 0 else len(text)].strip() or m.group(0)


@dataclass(frozen=True)
class NotesRef:
    ref: str
    format: str  # git-ai | agent-trace


@dataclass(frozen=True)
class Agents:
    signals: tuple[Signal, ...]
    notes: tuple[NotesRef, ...]
    tool_names: Mapping[str, str]
    weights: Mapping[str, float]

    def reading(self, where: str) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if where in s.read)

    def reading_prefix(self, prefix: str) -> tuple[tuple[str, Signal], ...]:
        """(suffix, signal) for reads like `env:NAME` or `trailer:Key`."""
        return tuple(
            (r[len(prefix):], s) for s in self.signals for r in s.read if r.startswith(prefix)
        )

    def tool_name(self, raw: str) -> str:
        return self.tool_names.get(raw.strip().lower(), raw.strip()) or "unknown agent"


def _read(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported here: the hook's start-up budget is tight
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except OSError as e:
        raise FatalError(f"{path}: cannot read agents file ({e.strerror})") from None
    except tomllib.TOMLDecodeError as e:
        raise FatalError(f"{path}: not valid TOML: {e}") from None


def _signal(raw: Mapping[str, Any], weights: Mapping[str, float], where: Path) -> Signal:
    sid = raw.get("id")
    if not isinstance(sid, str) or not sid:
        raise FatalError(f"{where}: every [[signal]] needs an id")
    read = raw.get("read", [])
    read = [read] if isinstance(read, str) else read
    for r in read:
        if r not in _PLAIN_READS and not re.fullmatch(r"(env|trailer):[A-Za-z0-9_.-]+", str(r)):
            raise FatalError(f"{where}: signal {sid}: unknown read location {r!r}")
    kind = str(raw.get("kind", "trailer"))
    try:
        pattern = re.compile(str(raw["pattern"]), re.IGNORECASE | re.MULTILINE)
    except KeyError:
        raise FatalError(f"{where}: signal {sid}: missing pattern") from None
    except re.error as e:
        raise FatalError(f"{where}: signal {sid}: bad pattern: {e}") from None
    weight = float(raw.get("weight", weights.get(kind, 0.6)))
    if not 0.0 <= weight <= 1.0:
        raise FatalError(f"{where}: signal {sid}: weight must be between 0 and 1")
    return Signal(sid, str(raw.get("tool", sid)), kind, tuple(read), pattern, weight)


def load_agents(extra: Path | None = None) -> Agents:
    """The bundled signal catalog, extended (and overridden by id) by a user file."""
    files = [BUNDLED] + ([Path(extra)] if extra is not None else [])
    weights: dict[str, float] = {}
    raw_signals: dict[str, tuple[Mapping[str, Any], Path]] = {}
    notes: dict[str, NotesRef] = {}
    names: dict[str, str] = {}
    for path in files:
        data = _read(path)
        weights.update({str(k): float(v) for k, v in data.get("weights", {}).items()})
        for raw in data.get("signal", []):
            sid = str(raw.get("id", ""))
            if raw.get("enabled", True) is False:
                raw_signals.pop(sid, None)
            else:
                raw_signals[sid] = (raw, path)
        for raw in data.get("notes", []):
            ref, fmt = str(raw.get("ref", "")), str(raw.get("format", ""))
            if not ref.startswith("refs/notes/") or fmt not in NOTE_FORMATS:
                raise FatalError(f"{path}: [[notes]] needs ref = 'refs/notes/…' and format in {NOTE_FORMATS}")
            notes[ref] = NotesRef(ref, fmt)
        names.update({str(k).lower(): str(v) for k, v in data.get("tool-names", {}).items()})
    signals = tuple(_signal(raw, weights, path) for raw, path in raw_signals.values())
    return Agents(signals, tuple(notes.values()), names, weights)
