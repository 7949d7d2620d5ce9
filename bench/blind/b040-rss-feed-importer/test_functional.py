import importlib, os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Partner news</title>
    <item>
      <title>Quarterly results   are in</title>
      <link>https://partner.example/news/q1</link>
      <guid>partner-q1</guid>
      <description><![CDATA[Revenue <b>up</b> 4%]]></description>
    </item>
    <item>
      <title>Office move &amp; new hires</title>
      <link>https://partner.example/news/move</link>
      <description>We moved.</description>
    </item>
    <item><title>No id, skipped</title></item>
  </channel>
</rss>
"""


@pytest.fixture
def importer():
    conn = sqlite3.connect(":memory:")
    yield mod.FeedImporter(conn)
    conn.close()


def test_parse_items(importer):
    items = importer.parse(FEED)
    assert items == [
        mod.FeedItem("partner-q1", "Quarterly results are in", "https://partner.example/news/q1", "Revenue <b>up</b> 4%"),
        mod.FeedItem("https://partner.example/news/move", "Office move & new hires",
                     "https://partner.example/news/move", "We moved."),
    ]


def test_import_and_upsert(importer):
    assert importer.import_feed(FEED) == 2
    updated = FEED.replace(b"We moved.", b"We moved to Leeds.")
    assert importer.import_feed(updated) == 2
    rows = importer.connection.execute("SELECT guid, title, summary FROM news_items ORDER BY guid").fetchall()
    assert rows == [
        ("https://partner.example/news/move", "Office move & new hires", "We moved to Leeds."),
        ("partner-q1", "Quarterly results are in", "Revenue <b>up</b> 4%"),
    ]


def test_max_items():
    conn = sqlite3.connect(":memory:")
    body = b"".join(b"<item><guid>g%d</guid><title>t%d</title></item>" % (i, i) for i in range(10))
    importer = mod.FeedImporter(conn, max_items=3)
    assert [i.guid for i in importer.parse(b"<rss><channel>" + body + b"</channel></rss>")] == ["g0", "g1", "g2"]


@pytest.mark.parametrize("payload", [b"<rss><channel>", b"<feed><entry/></feed>", b"<rss version='2.0'/>"])
def test_invalid_feeds(importer, payload):
    with pytest.raises(ValueError):
        importer.parse(payload)


def test_internal_doctype_ok(importer):
    doc = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ELEMENT rss ANY>]>
<rss><channel><item><guid>a</guid><title>A</title></item></channel></rss>"""
    assert importer.parse(doc) == [mod.FeedItem("a", "A", "", "")]
