import importlib
import os
from decimal import Decimal

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<feed supplier="nordic-outdoor">
  <product sku="TENT-2P">
    <name>Ridge 2-person tent</name>
    <price currency="SEK">2499.00</price>
    <description>Lightweight
        three-season tent &amp; footprint</description>
  </product>
  <product sku="MUG-TI">
    <name>Titanium mug</name>
    <price>24.90</price>
  </product>
</feed>"""


def test_parse_feed(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(FEED)
    products = mod.import_upload(str(path))
    assert [p.sku for p in products] == ["TENT-2P", "MUG-TI"]
    tent = products[0]
    assert tent.price == Decimal("2499.00") and tent.currency == "SEK"
    assert tent.description == "Lightweight three-season tent & footprint"
    assert products[1].currency == "EUR" and products[1].description == ""


def test_invalid_feeds():
    with pytest.raises(mod.FeedError):
        mod.parse_feed(b"<catalog/>")
    with pytest.raises(mod.FeedError):
        mod.parse_feed(b"<feed><product sku='x'><price>abc</price></product></feed>")
    with pytest.raises(mod.FeedError):
        mod.parse_feed(b"<feed><product>")
