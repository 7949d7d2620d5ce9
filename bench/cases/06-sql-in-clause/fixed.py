"""Tag lookups for a batch of blog posts."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence


def init_tags(conn: sqlite3.Connection, pairs: Sequence[tuple[str, str]]) -> None:
    """Create the tags table and load (post_id, tag) pairs."""
    conn.execute("CREATE TABLE tags (post_id TEXT NOT NULL, tag TEXT NOT NULL)")
    conn.executemany("INSERT INTO tags (post_id, tag) VALUES (?, ?)", pairs)
    conn.commit()


def tags_for_posts(conn: sqlite3.Connection, post_ids: Sequence[str]) -> dict[str, list[str]]:
    """Map each of the given post ids to its sorted tags, in one query.

    Posts without tags are left out of the result.
    """
    if not post_ids:
        return {}
    placeholders = ", ".join("?" for _ in post_ids)
    sql = f"SELECT post_id, tag FROM tags WHERE post_id IN ({placeholders}) ORDER BY post_id, tag"
    result: dict[str, list[str]] = defaultdict(list)
    for post_id, tag in conn.execute(sql, tuple(post_ids)):
        result[post_id].append(tag)
    return dict(result)
