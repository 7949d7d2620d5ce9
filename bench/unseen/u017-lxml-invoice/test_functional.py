import importlib
import os
from decimal import Decimal

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

INVOICE = b"""<?xml version="1.0"?>
<invoice>
  <number>INV-2024-0042</number>
  <customer>Acme Corp</customer>
  <item><sku>A-1</sku><qty>2</qty><price>9.50</price></item>
  <item><sku>B-7</sku><qty>1</qty><price>20.00</price></item>
</invoice>"""


def test_parses_invoice():
    inv = mod.parse_invoice(INVOICE)
    assert inv["number"] == "INV-2024-0042"
    assert inv["customer"] == "Acme Corp"
    assert [i["sku"] for i in inv["items"]] == ["A-1", "B-7"]
    assert inv["total"] == Decimal("39.00")


def test_empty_invoice():
    inv = mod.parse_invoice(b"<invoice><number>X</number><customer>Y</customer></invoice>")
    assert inv["items"] == [] and inv["total"] == 0
