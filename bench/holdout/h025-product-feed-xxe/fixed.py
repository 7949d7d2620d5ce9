"""Import supplier product feeds (XML) into the catalogue staging table."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import List

from lxml import etree


class FeedError(ValueError):
    pass


@dataclass
class Product:
    sku: str
    name: str
    price: Decimal
    currency: str
    description: str = ""


def _parser() -> etree.XMLParser:
    # never expand entities or fetch DTDs/external resources from untrusted feeds
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                           remove_blank_text=True, huge_tree=False)


def parse_feed(xml_bytes: bytes) -> List[Product]:
    """Parse a ``<feed><product>..</product></feed>`` document."""
    try:
        root = etree.fromstring(xml_bytes, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"malformed feed: {exc}") from None
    if root.tag != "feed":
        raise FeedError("root element must be <feed>")
    products = []
    for node in root.iterfind("product"):
        sku = (node.get("sku") or "").strip()
        price_node = node.find("price")
        if not sku or price_node is None:
            raise FeedError("every product needs a sku and a price")
        try:
            price = Decimal((price_node.text or "").strip())
        except InvalidOperation:
            raise FeedError(f"bad price for {sku}") from None
        products.append(Product(
            sku=sku,
            name=(node.findtext("name") or "").strip(),
            price=price,
            currency=price_node.get("currency", "EUR"),
            description=" ".join((node.findtext("description") or "").split()),
        ))
    return products


def import_upload(path: str) -> List[Product]:
    with open(path, "rb") as fh:
        return parse_feed(fh.read())
