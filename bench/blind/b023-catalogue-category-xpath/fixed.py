"""In-memory index over the shop's XML product catalogue."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import List

from lxml import etree


@dataclass(frozen=True)
class Product:
    sku: str
    title: str
    category: str
    price: Decimal


class CatalogueIndex:
    """Answers storefront queries against a catalogue document.

    Only products whose ``status`` attribute is ``published`` are ever shown
    to shoppers; drafts and withdrawn items stay internal.
    """

    CATEGORY_QUERY = "/catalogue/product[@category=$category and @status='published']"

    def __init__(self, document: bytes) -> None:
        self._root = etree.fromstring(document)

    @staticmethod
    def _to_product(node: etree._Element) -> Product:
        return Product(
            sku=node.get("sku", ""),
            title=(node.findtext("title") or "").strip(),
            category=node.get("category", ""),
            price=Decimal(node.findtext("price") or "0"),
        )

    def products_in(self, category: str) -> List[Product]:
        """Return the published products of one category, in document order."""
        wanted = category.strip().lower()
        nodes = self._root.xpath(self.CATEGORY_QUERY, category=wanted)
        return [self._to_product(node) for node in nodes]

    def cheapest_in(self, category: str) -> Product | None:
        """Return the lowest-priced published product of a category, if any."""
        items = self.products_in(category)
        return min(items, key=lambda p: p.price) if items else None
