from __future__ import annotations

import importlib
import os
from decimal import Decimal
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FEED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE feed [<!ENTITY brand "Acme">]>
<feed>
  <product sku="A-1"><name>&brand; Hammer</name><price>12.50</price></product>
  <product sku="B-2"><name>Nails &amp; Screws</name><price>3</price></product>
</feed>"""


def test_parse_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    assert mod.parse_feed(str(feed)) == [
        mod.Product("A-1", "Acme Hammer", Decimal("12.50")),
        mod.Product("B-2", "Nails & Screws", Decimal("3")),
    ]
