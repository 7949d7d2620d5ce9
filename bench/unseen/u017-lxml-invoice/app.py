"""Parse supplier invoices delivered as XML over the EDI gateway."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from lxml import etree


def _make_parser() -> etree.XMLParser:
    """Suppliers reference shared entity definitions (currency names etc.) in their DTD."""
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=True)


def parse_invoice(xml: bytes) -> dict[str, Any]:
    """Return the invoice number, customer, line items and total from ``xml``."""
    root = etree.fromstring(xml, parser=_make_parser())
    items = [
        {
            "sku": item.findtext("sku", "").strip(),
            "qty": int(item.findtext("qty", "0")),
            "price": Decimal(item.findtext("price", "0")),
        }
        for item in root.iter("item")
    ]
    return {
        "number": root.findtext("number", "").strip(),
        "customer": root.findtext("customer", "").strip(),
        "items": items,
        "total": sum((i["qty"] * i["price"] for i in items), Decimal("0")),
    }
