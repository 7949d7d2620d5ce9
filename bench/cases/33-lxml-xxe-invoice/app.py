"""Imports supplier invoices delivered as XML files."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree


@dataclass(frozen=True)
class Invoice:
    number: str
    supplier: str
    total: Decimal
    lines: tuple[str, ...]


def parse_invoice(xml: bytes) -> Invoice:
    """Parse one invoice document.

    Suppliers' systems use entity references for recurring names, so entities
    are expanded while parsing.

    Raises:
        ValueError: the document is not a well-formed invoice.
    """
    parser = etree.XMLParser(resolve_entities=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"malformed invoice: {exc}") from exc
    if root.tag != "invoice":
        raise ValueError("not an invoice")
    return Invoice(
        number=root.findtext("number", "").strip(),
        supplier=root.findtext("supplier", "").strip(),
        total=Decimal(root.findtext("total", "0").strip()),
        lines=tuple(item.text or "" for item in root.iterfind("items/item")),
    )
