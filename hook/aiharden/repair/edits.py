"""Line-range edits: the one representation of a proposed repair, whatever its source."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aiharden.util import lines_with_ends


@dataclass(frozen=True)
class Edit:
    """Replace whole lines start_line..end_line (1-based, inclusive) by text.

    end_line == start_line - 1 inserts text before start_line. text holds whole lines, each
    ending with a newline (the last may lack one only at the end of the file).
    """

    start_line: int
    end_line: int
    text: str


def apply_edits(source: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits; raises ValueError on overlap or out-of-range lines."""
    lines = lines_with_ends(source)
    ordered = sorted(edits, key=lambda e: (e.start_line, e.end_line))
    for a, b in zip(ordered, ordered[1:]):
        if b.start_line <= a.end_line:
            raise ValueError(f"overlapping edits at lines {a.start_line}-{a.end_line} and {b.start_line}")
    for e in reversed(ordered):
        if not (1 <= e.start_line <= len(lines) + 1 and e.start_line - 1 <= e.end_line <= len(lines)):
            raise ValueError(f"edit {e.start_line}-{e.end_line} outside a {len(lines)}-line file")
        lines[e.start_line - 1 : e.end_line] = [e.text] if e.text else []
    return "".join(lines)
