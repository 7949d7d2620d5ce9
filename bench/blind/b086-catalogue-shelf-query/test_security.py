import importlib, os

import pytest
from lxml import etree

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

XML = b"""<catalogue>
  <item sku="A1" category="garden" visibility="public"><title>Rake</title><price>12.5</price></item>
  <item sku="A3" category="garden" visibility="hidden"><title>Prototype Mower</title><price>999</price></item>
  <item sku="C1" category="staff" visibility="hidden"><title>Employee Discount Card</title><price>0</price></item>
  <item sku="D1" category="o'brien" visibility="public"><title>Irish Tea</title><price>4</price></item>
</catalogue>"""


def _skus(idx, category):
    try:
        return {p.sku for p in idx.by_category(category)}
    except etree.XPathError:
        return set()


@pytest.mark.parametrize("payload", [
    "x' or '1'='1' or 'a'='",
    "garden' or @visibility='hidden' or 'a'='",
    "zzz' or not(@visibility='public') or 'q'='q",
])
def test_injected_category_returns_no_hidden_items(payload):
    idx = mod.CatalogueIndex(XML)
    got = _skus(idx, payload)
    assert "A3" not in got and "C1" not in got


def test_quote_in_category_is_literal():
    idx = mod.CatalogueIndex(XML)
    assert [p.sku for p in idx.by_category("O'Brien")] == ["D1"]
