"""Word-frequency report for uploaded text documents."""
from __future__ import annotations

import subprocess


def top_words(path: str, n: int = 3) -> list[tuple[str, int]]:
    """Return the `n` most frequent words of a text file with their counts.

    Words are runs of ASCII letters, compared case-insensitively; the most
    frequent word comes first.
    """
    pipeline = (
        f"tr -cs 'A-Za-z' '\\n' < {path} | tr 'A-Z' 'a-z' | grep -v '^$' "
        f"| sort | uniq -c | sort -rn | head -n {int(n)}"
    )
    out = subprocess.run(pipeline, shell=True, capture_output=True, text=True).stdout
    result = []
    for line in out.splitlines():
        count, word = line.split()
        result.append((word, int(count)))
    return result


def report(path: str, n: int = 3) -> str:
    """One line per word: ``word: count``."""
    return "\n".join(f"{word}: {count}" for word, count in top_words(path, n))
