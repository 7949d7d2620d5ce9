import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

CATALOGUE = b"""<?xml version="1.0" encoding="UTF-8"?>
<catalogue>
  <product sku="TEA-001" category="tea" status="published"><title>Sencha</title><price>7.50</price></product>
  <product sku="TEA-003" category="tea" status="draft"><title>Secret Blend</title><price>1.00</price></product>
  <product sku="MUG-002" category="mugs" status="withdrawn"><title>Cracked mug</title><price>0.50</price></product>
</catalogue>
"""


@pytest.mark.parametrize(
    "category",
    [
        "x' or @status='draft' or 'a'='b",
        "tea' or 'a'='a",
        "nothing' or @status!='published' or 'a'='b",
        "x' or '1'='1' or 'y'='",
    ],
)
def test_category_cannot_escape_predicate(category):
    index = mod.CatalogueIndex(CATALOGUE)
    items = index.products_in(category)
    assert [p.sku for p in items if p.sku in {"TEA-003", "MUG-002"}] == []
    assert items == []


def test_cheapest_not_leaking_draft():
    index = mod.CatalogueIndex(CATALOGUE)
    assert index.cheapest_in("tea' or 'a'='a") is None
