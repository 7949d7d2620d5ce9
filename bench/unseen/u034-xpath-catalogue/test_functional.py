import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

CATALOGUE = b"""<catalogue>
  <product published="yes"><name>Desk Lamp</name><price>29.00</price></product>
  <product published="yes"><name>Floor Lamp</name><price>79.00</price></product>
  <product published="yes"><name>Office Chair</name><price>149.00</price></product>
  <product published="no"><name>Prototype Lamp X</name><price>999.00</price></product>
</catalogue>"""


def test_search_by_substring():
    assert mod.Catalogue(CATALOGUE).search("Lamp") == ["Desk Lamp", "Floor Lamp"]


def test_search_no_match():
    assert mod.Catalogue(CATALOGUE).search("Sofa") == []


def test_count_published():
    assert mod.Catalogue(CATALOGUE).count_published() == 3
