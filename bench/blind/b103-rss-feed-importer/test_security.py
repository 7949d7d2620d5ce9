import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _feed(uri: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY loot SYSTEM "{uri}">]>
<rss version="2.0"><channel><title>&loot;</title>
<item><title>&loot;</title><link>https://evil.example/1</link><description>&loot;</description></item>
</channel></rss>""".encode()


def test_external_entities_not_stored(tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text("root:XXE-FEED-MARKER:19000")
    imp = mod.FeedImporter()
    try:
        imp.ingest(_feed(secret.as_uri()))
    except Exception:
        pass
    dump = repr(imp.conn.execute("SELECT * FROM items").fetchall())
    assert "XXE-FEED-MARKER" not in dump
