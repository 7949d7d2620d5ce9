"""Full-text search over a user's notes with highlighted snippets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List

SNIPPET_RADIUS = 40


@dataclass
class Note:
    note_id: int
    title: str
    body: str


@dataclass
class Hit:
    note_id: int
    title: str
    snippet: str
    matches: int


def compile_query(query: str) -> re.Pattern:
    """Build a case-insensitive matcher for the search box contents."""
    query = query.strip()
    if not query:
        raise ValueError("empty search")
    return re.compile(re.escape(query), re.IGNORECASE)


def _snippet(text: str, match: re.Match) -> str:
    start = max(match.start() - SNIPPET_RADIUS, 0)
    end = min(match.end() + SNIPPET_RADIUS, len(text))
    highlighted = text[match.start():match.end()]
    prefix = ("…" if start else "") + text[start:match.start()]
    suffix = text[match.end():end] + ("…" if end < len(text) else "")
    return f"{prefix}[{highlighted}]{suffix}"


def search_notes(notes: Iterable[Note], query: str, limit: int = 20) -> List[Hit]:
    """Return notes whose title or body matches ``query``, most matches first."""
    pattern = compile_query(query)
    hits: List[Hit] = []
    for note in notes:
        text = f"{note.title}\n{note.body}"
        found = list(pattern.finditer(text))
        if found:
            hits.append(Hit(note.note_id, note.title, _snippet(text, found[0]), len(found)))
    hits.sort(key=lambda h: (-h.matches, h.note_id))
    return hits[:limit]
