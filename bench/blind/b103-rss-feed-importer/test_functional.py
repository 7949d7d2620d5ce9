import importlib, os

import pytest
from lxml import etree

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title> Tech &amp; Science Weekly </title>
  <item><title>Rust 2.0?</title><link>https://news.example/rust</link>
        <description><![CDATA[<p>Speculation &amp; facts</p>]]></description><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate></item>
  <item><title>New exoplanet</title><link>https://news.example/planet</link><description>Found by JWST</description></item>
  <item><title>No link, skipped</title></item>
</channel></rss>"""


def test_ingest_and_latest(tmp_path):
    imp = mod.FeedImporter(str(tmp_path / "feeds.db"))
    assert imp.ingest(FEED) == 2
    assert imp.latest() == [
        ("Tech & Science Weekly", "New exoplanet", "https://news.example/planet", "Found by JWST"),
        ("Tech & Science Weekly", "Rust 2.0?", "https://news.example/rust", "<p>Speculation &amp; facts</p>"),
    ]
    assert imp.latest(1)[0][1] == "New exoplanet"


def test_dedup():
    imp = mod.FeedImporter()
    assert imp.ingest(FEED) == 2
    assert imp.ingest(FEED) == 0
    assert len(imp.latest()) == 2


def test_rejects_bad_documents():
    imp = mod.FeedImporter()
    with pytest.raises(ValueError):
        imp.ingest(b"<feed xmlns='http://www.w3.org/2005/Atom'/>")
    with pytest.raises(etree.XMLSyntaxError):
        imp.ingest(b"<rss><channel>")
