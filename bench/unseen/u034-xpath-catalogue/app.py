"""Product catalogue search over the supplier's XML feed."""
from __future__ import annotations

from lxml import etree


class Catalogue:
    """Search products in an XML catalogue; unpublished products are never listed."""

    def __init__(self, xml: bytes) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        self.root = etree.fromstring(xml, parser=parser)

    def search(self, term: str) -> list[str]:
        """Return the names of published products whose name contains ``term``."""
        query = f"//product[@published='yes' and contains(name, '{term}')]/name/text()"
        return [str(name) for name in self.root.xpath(query)]

    def count_published(self) -> int:
        """Number of products visible to customers."""
        return int(self.root.xpath("count(//product[@published='yes'])"))
