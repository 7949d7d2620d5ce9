"""Invoice import."""
from __future__ import annotations

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
