import importlib, os
from decimal import Decimal

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

CATALOGUE = b"""<?xml version="1.0" encoding="UTF-8"?>
<catalogue>
  <product sku="TEA-001" category="tea" status="published"><title>Sencha</title><price>7.50</price></product>
  <product sku="TEA-002" category="tea" status="published"><title> Assam Gold </title><price>5.25</price></product>
  <product sku="TEA-003" category="tea" status="draft"><title>Secret Blend</title><price>1.00</price></product>
  <product sku="MUG-001" category="mugs" status="published"><title>Stoneware mug</title><price>12.00</price></product>
  <product sku="MUG-002" category="mugs" status="withdrawn"><title>Cracked mug</title><price>0.50</price></product>
  <product sku="KIT-001" category="gift-sets" status="published"><title>Starter kit</title><price>29.99</price></product>
</catalogue>
"""


@pytest.fixture
def index():
    return mod.CatalogueIndex(CATALOGUE)


def test_products_in_category(index):
    items = index.products_in("tea")
    assert [p.sku for p in items] == ["TEA-001", "TEA-002"]
    assert items[1].title == "Assam Gold"
    assert items[0].price == Decimal("7.50")
    assert all(isinstance(p, mod.Product) for p in items)


def test_category_is_normalised(index):
    assert [p.sku for p in index.products_in("  MUGS ")] == ["MUG-001"]
    assert [p.sku for p in index.products_in("Gift-Sets")] == ["KIT-001"]


def test_unknown_category_is_empty(index):
    assert index.products_in("coffee") == []
    assert index.cheapest_in("coffee") is None


def test_cheapest_ignores_unpublished(index):
    cheapest = index.cheapest_in("tea")
    assert cheapest == mod.Product("TEA-002", "Assam Gold", "tea", Decimal("5.25"))
    assert index.cheapest_in("mugs").sku == "MUG-001"
