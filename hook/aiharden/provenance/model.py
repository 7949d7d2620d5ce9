"""Provenance records and how evidence turns into a verdict."""
from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field

AI_THRESHOLD = 0.5
NO_SIGNAL = "no AI signal (absence does not prove human authorship)"
Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Evidence:
    signal: str  # signal id from agents.toml, or the notes format
    tool: str
    matched: str  # the text that matched, as found
    source: str  # trailer | identity | env | branch | notes | message | pr-author
    weight: float = 0.0


@dataclass(frozen=True)
class Provenance:
    subject: str  # commit id, or "staged" / "message"
    ai: bool
    confidence: float  # 1 - prod(1 - weight) over distinct signals
    evidence: tuple[Evidence, ...]
    tools: tuple[str, ...]
    ai_lines: Mapping[str, Ranges]  # repo path → 1-based inclusive ranges, only from notes
    summary: str = ""
    title: str = ""  # commit subject line
    merge: bool = False
    paths: tuple[str, ...] = field(default=())  # paths the commit touched (range mode)
    renames: tuple[tuple[str, str], ...] = field(default=())  # (old, new) paths it renamed


def combine(evidence: Iterable[Evidence]) -> float:
    """1 - prod(1 - w) over distinct signals; a signal seen in two places counts once."""
    weights: dict[str, float] = {}
    for ev in evidence:
        weights[ev.signal] = max(weights.get(ev.signal, 0.0), ev.weight)
    miss = 1.0
    for w in weights.values():
        miss *= 1.0 - min(max(w, 0.0), 1.0)
    return round(1.0 - miss, 4)


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> Ranges:
    out: list[tuple[int, int]] = []
    for a, b in sorted(r for r in ranges if r[0] <= r[1] and r[0] >= 1):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


def verdict(
    subject: str,
    evidence: Iterable[Evidence],
    ai_lines: Mapping[str, Iterable[tuple[int, int]]] | None = None,
    *,
    title: str = "",
    merge: bool = False,
    paths: tuple[str, ...] = (),
    renames: tuple[tuple[str, str], ...] = (),
) -> Provenance:
    """Build a Provenance from the evidence found for one subject."""
    evs = tuple(dict.fromkeys(evidence))
    confidence = combine(evs)
    tools = tuple(dict.fromkeys(ev.tool for ev in evs))
    lines = {p: merge_ranges(r) for p, r in sorted((ai_lines or {}).items())}
    lines = {p: r for p, r in lines.items() if r}
    ai = confidence >= AI_THRESHOLD
    if not evs:
        summary = NO_SIGNAL
    elif ai:
        summary = f"AI-authored: {', '.join(tools)}"
    else:
        summary = f"weak AI signal ({', '.join(tools)}), below {AI_THRESHOLD}"
    return Provenance(subject, ai, confidence, evs, tools, lines, summary, title, merge, paths, renames)
