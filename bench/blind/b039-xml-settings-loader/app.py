"""Import/export of dashboard settings as XML.

Users can download their dashboard settings and upload them again on another
account. A settings document looks like::

    <settings version="2">
      <setting name="theme">dark</setting>
      <setting name="refresh_seconds">30</setting>
    </settings>
"""
from __future__ import annotations

import logging
from typing import Dict, Mapping

from lxml import etree

logger = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 64 * 1024
SETTINGS_PARSER = etree.XMLParser(
    resolve_entities=True,
    load_dtd=True,
    no_network=False,
    remove_comments=True,
)


def parse_settings(data: bytes) -> Dict[str, str]:
    """Return ``{name: value}`` from an uploaded settings document.

    Returns an empty dict when the document is too large, malformed or not a
    settings document.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        return {}
    try:
        root = etree.fromstring(data, parser=SETTINGS_PARSER)
    except etree.XMLSyntaxError as exc:
        logger.info("rejected settings upload: %s", exc)
        return {}
    if root.tag != "settings":
        return {}
    values: Dict[str, str] = {}
    for node in root.iter("setting"):
        name = node.get("name")
        if name:
            values[name] = (node.text or "").strip()
    return values


def apply_uploaded_settings(current: Mapping[str, str], data: bytes) -> Dict[str, str]:
    """Overlay uploaded settings on the user's current ones (known keys only)."""
    uploaded = parse_settings(data)
    merged = dict(current)
    for key, value in uploaded.items():
        if key in merged:
            merged[key] = value
    return merged


def export_settings(settings: Mapping[str, str]) -> bytes:
    root = etree.Element("settings", version="2")
    for name, value in sorted(settings.items()):
        etree.SubElement(root, "setting", name=name).text = value
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
