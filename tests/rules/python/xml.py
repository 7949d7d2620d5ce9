"""Invoice import."""
from __future__ import annotations

from typing import Any

import xml.sax
from xml.etree import ElementTree
from xml.sax.saxutils import escape
from xml.sax.handler import ContentHandler, feature_external_ges

import defusedxml.ElementTree as DefusedET
import requests
import xmltodict
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


def parse_feed_unbounded(payload: bytes) -> Any:
    # ruleid: xml-huge-tree, xml-external-entities
    parser = etree.XMLParser(huge_tree=True)
    return etree.fromstring(payload, parser)


def parse_order(payload: bytes) -> dict[str, Any]:
    # ruleid: xml-huge-tree
    return xmltodict.parse(payload, disable_entities=False)


def parse_feed_bounded(payload: bytes) -> Any:
    # ok: xml-huge-tree
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(payload, parser)


def parse_order_safe(payload: bytes) -> dict[str, Any]:
    # ok: xml-huge-tree
    return xmltodict.parse(payload)


def create_user_record(username: str, email: str) -> Any:
    doc = f"<user><name>{username}</name><email>{email}</email><role>member</role></user>"
    # ruleid: xml-built-from-values
    return ElementTree.fromstring(doc)


def register_with_billing(url: str, account: str, plan: str) -> int:
    body = (
        '<?xml version="1.0"?><soap:Envelope><soap:Body><Register account="%s"><Plan>%s</Plan>'
        "</Register></soap:Body></soap:Envelope>" % (account, plan)
    )
    # ruleid: xml-built-from-values
    resp = requests.post(url, data=body, headers={"Content-Type": "text/xml"}, timeout=10)
    return resp.status_code


def create_user_record_safe(username: str, email: str) -> Any:
    doc = f"<user><name>{escape(username)}</name><email>{escape(email)}</email></user>"
    # ok: xml-built-from-values
    return ElementTree.fromstring(doc)


def page_request(url: str, page: int) -> int:
    # ok: xml-built-from-values
    resp = requests.post(url, data=f"<query><page>{page:d}</page></query>", timeout=10)
    return resp.status_code


def build_user(username: str) -> bytes:
    root = ElementTree.Element("user")
    ElementTree.SubElement(root, "name").text = username
    # ok: xml-built-from-values
    return ElementTree.tostring(root)
