"""Read-only product catalogue stored as XML."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

from lxml import etree


@dataclass
class Product:
    sku: str
    title: str
    price: float


class CatalogueIndex:
    """Query a product catalogue XML document by category."""

    PUBLIC_FILTER = "@visibility='public'"

    def __init__(self, xml_bytes: bytes) -> None:
        self._root = etree.fromstring(xml_bytes)

    def _expression(self, category: str) -> str:
        template = "/catalogue/item[@category=$cat and {vis}]"
        return template.format(vis=self.PUBLIC_FILTER)

    def by_category(self, category: str) -> List[Product]:
        """Return public products in ``category`` sorted by title."""
        wanted = category.strip().lower()
        nodes = self._root.xpath(self._expression(wanted), cat=wanted)
        items = [
            Product(
                sku=node.get("sku"),
                title=node.findtext("title"),
                price=float(node.findtext("price")),
            )
            for node in nodes
        ]
        return sorted(items, key=lambda p: p.title)

    def count(self, category: str) -> int:
        """Number of public products in ``category``."""
        return len(self.by_category(category))
