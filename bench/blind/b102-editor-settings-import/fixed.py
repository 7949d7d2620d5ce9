"""Import editor preferences exported from another machine (settings.xml)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

from lxml import etree

_PARSER = etree.XMLParser(
    load_dtd=False,
    resolve_entities=False,
    no_network=True,
    remove_comments=True,
)


@dataclass
class EditorSettings:
    theme: str = "light"
    font_size: int = 12
    tab_width: int = 4
    recent_files: List[str] = field(default_factory=list)
    keymap: Dict[str, str] = field(default_factory=dict)


def import_settings(payload: bytes) -> EditorSettings:
    """Build :class:`EditorSettings` from XML; raises ``ValueError`` if malformed."""
    try:
        root = etree.fromstring(payload, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"invalid settings file: {exc}") from exc
    if root.tag != "settings":
        raise ValueError("root element must be <settings>")

    result = EditorSettings()
    appearance = root.find("appearance")
    if appearance is not None:
        result.theme = appearance.findtext("theme", result.theme).strip()
        result.font_size = int(appearance.findtext("font-size", str(result.font_size)))
    result.tab_width = int(root.findtext("editor/tab-width", str(result.tab_width)))
    result.recent_files = [node.text or "" for node in root.iterfind("recent/file")]
    result.keymap = {
        node.get("action", ""): (node.text or "").strip() for node in root.iterfind("keymap/bind")
    }
    return result
