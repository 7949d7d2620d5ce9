"""Word-frequency report for uploaded text documents."""
from __future__ import annotations

import re
from collections import Counter


def top_words(path: str, n: int = 3) -> list[tuple[str, int]]:
    """Return the `n` most frequent words of a text file with their counts.

    Words are runs of ASCII letters, compared case-insensitively; the most
    frequent word comes first.
    """
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            words = re.findall(r"[A-Za-z]+", fh.read())
    except OSError:
        return []
    counts = Counter(word.lower() for word in words)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[: int(n)]


def report(path: str, n: int = 3) -> str:
    """One line per word: ``word: count``."""
    return "\n".join(f"{word}: {count}" for word, count in top_words(path, n))
