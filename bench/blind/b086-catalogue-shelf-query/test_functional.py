import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

XML = b"""<catalogue>
  <item sku="A1" category="garden" visibility="public"><title>Rake</title><price>12.5</price></item>
  <item sku="A2" category="garden" visibility="public"><title>Hose</title><price>20</price></item>
  <item sku="A3" category="garden" visibility="hidden"><title>Prototype Mower</title><price>999</price></item>
  <item sku="B1" category="kitchen" visibility="public"><title>Kettle</title><price>30</price></item>
  <item sku="C1" category="staff" visibility="hidden"><title>Employee Discount Card</title><price>0</price></item>
</catalogue>"""


def test_by_category_sorted_public_only():
    idx = mod.CatalogueIndex(XML)
    got = idx.by_category("garden")
    assert [p.sku for p in got] == ["A2", "A1"]
    assert [p.title for p in got] == ["Hose", "Rake"]
    assert got[1].price == 12.5
    assert isinstance(got[0], mod.Product)


def test_normalises_input():
    idx = mod.CatalogueIndex(XML)
    assert [p.sku for p in idx.by_category("  Kitchen ")] == ["B1"]


def test_unknown_and_counts():
    idx = mod.CatalogueIndex(XML)
    assert idx.by_category("toys") == []
    assert idx.count("garden") == 2
    assert idx.count("staff") == 0
