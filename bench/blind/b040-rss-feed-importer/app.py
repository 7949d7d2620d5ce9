"""Import partner RSS 2.0 feeds into the local news database."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from lxml import etree


@dataclass(frozen=True)
class FeedItem:
    guid: str
    title: str
    link: str
    summary: str


class FeedImporter:
    """Parses RSS documents posted by partners and upserts their items."""

    def __init__(self, connection: sqlite3.Connection, max_items: int = 200) -> None:
        self.connection = connection
        self.max_items = max_items
        self._parser = etree.XMLParser(resolve_entities=True, strip_cdata=False, recover=False)
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS news_items ("
            "guid TEXT PRIMARY KEY, title TEXT NOT NULL, link TEXT, summary TEXT)"
        )

    @staticmethod
    def _text(node: etree._Element, tag: str) -> str:
        return " ".join((node.findtext(tag) or "").split())

    def parse(self, payload: bytes) -> List[FeedItem]:
        """Return the feed's items; raises ValueError for documents that are not RSS."""
        try:
            root = etree.fromstring(payload, self._parser)
        except etree.XMLSyntaxError as exc:
            raise ValueError(f"feed is not well-formed XML: {exc}") from exc
        channel: Optional[etree._Element] = root.find("channel")
        if root.tag != "rss" or channel is None:
            raise ValueError("not an RSS 2.0 document")
        items: List[FeedItem] = []
        for node in channel.iterfind("item"):
            link = self._text(node, "link")
            guid = self._text(node, "guid") or link
            if not guid:
                continue
            items.append(FeedItem(guid, self._text(node, "title"), link, self._text(node, "description")))
            if len(items) >= self.max_items:
                break
        return items

    def import_feed(self, payload: bytes) -> int:
        """Parse ``payload`` and upsert its items; returns how many were stored."""
        items = self.parse(payload)
        with self.connection:
            self.connection.executemany(
                "INSERT INTO news_items (guid, title, link, summary) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(guid) DO UPDATE SET title=excluded.title, link=excluded.link, "
                "summary=excluded.summary",
                [(i.guid, i.title, i.link, i.summary) for i in items],
            )
        return len(items)
