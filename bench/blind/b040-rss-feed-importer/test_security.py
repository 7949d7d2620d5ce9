import importlib, os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MARKER = "SECRET_KEY=feed-canary-0c1d"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "config" / "settings.ini"
    path.parent.mkdir()
    path.write_text(MARKER + "\n", encoding="utf-8")
    return path


def run_import(payload):
    conn = sqlite3.connect(":memory:")
    importer = mod.FeedImporter(conn)
    try:
        importer.import_feed(payload)
    except ValueError:
        pass  # refusing the document is a safe outcome
    rows = conn.execute("SELECT guid, title, link, summary FROM news_items").fetchall()
    conn.close()
    return " ".join(str(c) for row in rows for c in row)


@pytest.mark.parametrize("field", ["title", "description", "guid", "link"])
def test_entity_from_local_file_not_stored(secret_file, field):
    values = {"title": "t", "description": "d", "guid": "g1", "link": "https://p.example/x"}
    values[field] = "&inc;"
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY inc SYSTEM "{secret_file.as_uri()}">]>
<rss version="2.0"><channel><item>
<title>{values['title']}</title><link>{values['link']}</link>
<guid>{values['guid']}</guid><description>{values['description']}</description>
</item></channel></rss>""".encode()
    assert MARKER not in run_import(doc)


def test_parse_does_not_return_file_contents(secret_file):
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY inc SYSTEM "{secret_file.as_uri()}">]>
<rss><channel><item><guid>x</guid><title>&inc;</title></item></channel></rss>""".encode()
    importer = mod.FeedImporter(sqlite3.connect(":memory:"))
    try:
        items = importer.parse(doc)
    except ValueError:
        items = []
    assert all(MARKER not in (i.title + i.summary) for i in items)
