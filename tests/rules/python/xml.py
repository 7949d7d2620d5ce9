"""Invoice import."""
from __future__ import annotations

from typing import Any

import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

import defusedxml.ElementTree as DefusedET
from lxml import etree


def parse_invoice(payload: bytes) -> dict[str, str]:
    # ruleid: xml-external-entities
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(payload, parser)
    return {child.tag: child.text or "" for child in root}


def invoice_total(payload: bytes) -> float:
    # ruleid: xml-external-entities
    root = etree.fromstring(payload)
    return float(root.findtext("total") or 0)


class InvoiceHandler(ContentHandler):
    pass


def stream_invoice(path: str) -> None:
    parser = xml.sax.make_parser()
    # ruleid: xml-external-entities
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(InvoiceHandler())
    parser.parse(path)


def parse_invoice_safe(payload: bytes) -> dict[str, str]:
    # ok: xml-external-entities
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(payload, parser)
    return {child.tag: child.text or "" for child in root}


def invoice_total_safe(payload: bytes) -> float:
    # ok: xml-external-entities
    root = DefusedET.fromstring(payload)
    return float(root.findtext("total") or 0)


def stream_invoice_safe(path: str) -> None:
    parser = xml.sax.make_parser()
    # ok: xml-external-entities
    parser.setFeature(feature_external_ges, False)
    parser.parse(path)


USER_QUERY = "//user[@active='yes']"


def find_account(tree: Any, username: str, password: str) -> Any:
    expression = f"//user[name/text()='{username}' and password/text()='{password}']"
    # ruleid: xpath-built-query
    matches = tree.xpath(expression)
    return matches[0] if matches else None


class Catalogue:
    def __init__(self, root: Any) -> None:
        self._root = root

    def _expression(self, category: str) -> str:
        return "/catalogue/item[@category='{cat}']".format(cat=category)

    def by_category(self, category: str) -> list[Any]:
        # ruleid: xpath-built-query
        return list(self._root.xpath(self._expression(category.strip())))

    def by_sku(self, sku: str) -> list[Any]:
        # ruleid: xpath-built-query
        finder = etree.XPath("//item[@sku='" + sku + "']")
        return list(finder(self._root))

    def by_sku_safely(self, sku: str) -> list[Any]:
        # ok: xpath-built-query
        return list(self._root.xpath("//item[@sku=$sku]", sku=sku))

    def active(self) -> list[Any]:
        # ok: xpath-built-query
        return list(self._root.xpath(USER_QUERY))

    def titles(self) -> list[str]:
        query = "//item/title/text()"
        # ok: xpath-built-query
        return [str(t) for t in self._root.xpath(query)]
