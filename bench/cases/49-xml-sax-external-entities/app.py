"""Streams partner product feeds (large XML files) into catalogue records."""
from __future__ import annotations

import xml.sax
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.handler import feature_external_ges


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Decimal


class FeedHandler(xml.sax.ContentHandler):
    """Collects ``<product sku="..."><name/><price/></product>`` elements."""

    def __init__(self) -> None:
        super().__init__()
        self.products: list[Product] = []
        self._sku = ""
        self._fields: dict[str, str] = {}
        self._current: str | None = None

    def startElement(self, name: str, attrs: xml.sax.xmlreader.AttributesImpl) -> None:
        if name == "product":
            self._sku, self._fields = attrs.get("sku", ""), {}
        elif name in ("name", "price"):
            self._current = name
            self._fields[name] = ""

    def characters(self, content: str) -> None:
        if self._current:
            self._fields[self._current] += content

    def endElement(self, name: str) -> None:
        if name == "product":
            price = Decimal(self._fields.get("price", "0").strip() or "0")
            self.products.append(Product(self._sku, self._fields.get("name", "").strip(), price))
        self._current = None


def parse_feed(path: str) -> list[Product]:
    """All products of the feed file at `path`, in document order."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # partners reference shared entity files
    handler = FeedHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.products
