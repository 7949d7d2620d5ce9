"""Feed reader back-end: import RSS 2.0 documents into SQLite."""
from __future__ import annotations

import sqlite3
from typing import List, Tuple

from lxml import etree


class FeedImporter:
    """Parses RSS XML and stores new items, de-duplicated by link."""

    def __init__(self, db_path: str = ":memory:") -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS items ("
            " link TEXT PRIMARY KEY, feed TEXT, title TEXT, summary TEXT, published TEXT)"
        )
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                      strip_cdata=False, recover=False)

    def _items(self, document: bytes) -> Tuple[str, List[Tuple[str, str, str, str]]]:
        root = etree.fromstring(document, self.parser)
        channel = root.find("channel")
        if channel is None:
            raise ValueError("not an RSS 2.0 document")
        feed_title = (channel.findtext("title") or "").strip()
        rows = []
        for item in channel.iterfind("item"):
            link = (item.findtext("link") or "").strip()
            if link:
                rows.append((link, (item.findtext("title") or "").strip(),
                             (item.findtext("description") or "").strip(),
                             (item.findtext("pubDate") or "").strip()))
        return feed_title, rows

    def ingest(self, document: bytes) -> int:
        """Store the feed's items; return how many were new."""
        feed_title, rows = self._items(document)
        before = self.conn.total_changes
        with self.conn:
            self.conn.executemany(
                "INSERT OR IGNORE INTO items (link, feed, title, summary, published) VALUES (?, ?, ?, ?, ?)",
                [(link, feed_title, title, summary, pub) for link, title, summary, pub in rows],
            )
        return self.conn.total_changes - before

    def latest(self, limit: int = 20) -> List[Tuple[str, str, str, str]]:
        """Most recently inserted items as ``(feed, title, link, summary)``."""
        cur = self.conn.execute(
            "SELECT feed, title, link, summary FROM items ORDER BY rowid DESC LIMIT ?", (limit,)
        )
        return cur.fetchall()
