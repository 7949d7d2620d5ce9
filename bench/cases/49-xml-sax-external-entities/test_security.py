from __future__ import annotations

import importlib
import os
import xml.sax
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_feed_cannot_read_local_files(tmp_path: Path) -> None:
    secret = tmp_path / "id_rsa"
    secret.write_text("-----BEGIN PRIVATE KEY-----")
    feed = tmp_path / "feed.xml"
    feed.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>
<feed><product sku="X"><name>&leak;</name><price>1</price></product></feed>""")
    try:
        products = mod.parse_feed(str(feed))
    except xml.sax.SAXException:
        return
    assert all("PRIVATE KEY" not in p.name for p in products)
