"""What provenance means for the scan (which files and lines) and how it is shown."""
from __future__ import annotations

from collections.abc import Sequence

from aiharden.changes import ChangeSet
from aiharden.provenance.model import Provenance
from aiharden.provenance.model import Ranges


def _fmt_ranges(ranges: Ranges) -> str:
    return ",".join(f"{a}-{b}" if a != b else str(a) for a, b in ranges)


def ai_paths(provs: Sequence[Provenance], changes: ChangeSet) -> dict[str, Ranges | None]:
    """Changed files an AI wrote: path → None (all its changed lines) or the AI line ranges.

    Range mode: a file counts when an AI commit of the range touched it. Line ranges are kept
    only when they still hold at head: the AI commit that gave them is the last commit of the
    range to touch the file and the only AI commit that did; otherwise the whole file's
    changed lines are in scope. Renames within the range are followed. Staged mode: every staged file, when the pending commit is AI.
    """
    out: dict[str, Ranges | None] = {}
    files = changes.scannable()
    if changes.mode != "range":
        ai = [p for p in provs if p.ai]
        for f in files if ai else ():
            ranges = [r for p in ai for r in p.ai_lines.get(f.path, ())]
            out[f.path] = tuple(sorted(set(ranges))) or None
        return out
    for f in files:
        names = {f.path} | ({f.old_path} if f.old_path else set())
        for p in provs:  # newest first: follow the file back through the range's renames
            names |= {old for old, new in p.renames if new in names}
        touching = [p for p in provs if names & set(p.paths)]  # newest first, like git log
        ai = [p for p in touching if p.ai]
        if not ai:
            continue
        last = touching[0]  # only an AI commit has ai_lines: notes evidence makes it one
        out[f.path] = last.ai_lines[f.path] if len(ai) == 1 and f.path in last.ai_lines else None
    return out


def render_text(provs: Sequence[Provenance]) -> str:
    """One block per commit: verdict, confidence, tools, evidence, AI lines."""
    blocks = []
    for p in provs:
        name = p.subject[:12] if len(p.subject) == 40 else p.subject
        verdict = "AI-authored" if p.ai else ("weak AI signal" if p.evidence else "no AI signal")
        head = f"{name}{' (merge)' if p.merge else ''}  {verdict}  confidence {p.confidence:.2f}"
        lines = [head + (f"  {p.title}" if p.title else "")]
        if p.tools:
            lines.append(f"  tools: {', '.join(p.tools)}")
        for ev in p.evidence:
            lines.append(f"  {ev.source:<9} {ev.signal} ({ev.weight:.2f}): {ev.matched}")
        for path, ranges in p.ai_lines.items():
            lines.append(f"  ai lines: {path} {_fmt_ranges(ranges)}")
        if not p.evidence:
            lines.append(f"  {p.summary}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def to_json(provs: Sequence[Provenance]) -> list[dict[str, object]]:
    """Plain JSON-ready dicts, one per commit."""
    return [
        {
            "subject": p.subject,
            "ai": p.ai,
            "confidence": p.confidence,
            "tools": list(p.tools),
            "evidence": [
                {"signal": e.signal, "tool": e.tool, "matched": e.matched, "source": e.source, "weight": e.weight}
                for e in p.evidence
            ],
            "ai_lines": {path: [list(r) for r in ranges] for path, ranges in p.ai_lines.items()},
            "summary": p.summary,
            "title": p.title,
            "merge": p.merge,
            "paths": list(p.paths),
            "renames": [list(r) for r in p.renames],
        }
        for p in provs
    ]
