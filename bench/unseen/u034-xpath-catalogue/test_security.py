import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

CATALOGUE = b"""<catalogue>
  <product published="yes"><name>Desk Lamp</name><price>29.00</price></product>
  <product published="no"><name>Prototype Lamp X</name><price>999.00</price><supplier_cost>412.17</supplier_cost></product>
</catalogue>"""


def search(term):
    try:
        return mod.Catalogue(CATALOGUE).search(term)
    except Exception:
        return []


def test_search_term_cannot_change_the_query():
    for payload in (
        "') or ('a'='a",
        "x') or @published='no' or ('",
        "x')] | //supplier_cost/text() | //product[contains(name,'",
    ):
        result = repr(search(payload))
        assert "Prototype" not in result, payload
        assert "412.17" not in result, payload
