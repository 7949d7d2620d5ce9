from __future__ import annotations

import importlib
import os
from decimal import Decimal

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DOC = b"""<?xml version="1.0"?>
<!DOCTYPE invoice [<!ENTITY acme "ACME Tools &amp; Parts Ltd">]>
<invoice>
  <number>INV-2024-0042</number>
  <supplier>&acme;</supplier>
  <total>149.90</total>
  <items><item>Hammer</item><item>Nails x200</item></items>
</invoice>"""


def test_parse_invoice() -> None:
    inv = mod.parse_invoice(DOC)
    assert inv.number == "INV-2024-0042"
    assert inv.supplier == "ACME Tools & Parts Ltd"
    assert inv.total == Decimal("149.90")
    assert inv.lines == ("Hammer", "Nails x200")


def test_rejects_other_documents() -> None:
    with pytest.raises(ValueError):
        mod.parse_invoice(b"<order/>")
    with pytest.raises(ValueError):
        mod.parse_invoice(b"<invoice>")
