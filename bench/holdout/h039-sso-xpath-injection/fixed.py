"""Legacy SSO bridge: authenticate service accounts against users.xml.

users.xml is exported nightly from the old directory server::

    <users>
      <user name="build-bot" apikey="..." role="ci"><group>deployers</group></user>
    </users>
"""
from __future__ import annotations

from typing import List, Optional

from lxml import etree


class UserDirectory:
    def __init__(self, xml_path: str) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        self._tree = etree.parse(xml_path, parser)

    @staticmethod
    def _as_dict(node: etree._Element) -> dict:
        return {
            "name": node.get("name"),
            "role": node.get("role", "user"),
            "groups": [g.text for g in node.findall("group")],
        }

    def _lookup(self, name: str, apikey: str) -> list:
        query = "//user[@name=$name and @apikey=$apikey]"
        return self._tree.xpath(query, name=name, apikey=apikey)

    def authenticate(self, name: str, apikey: str) -> Optional[dict]:
        """Return the account when ``name``/``apikey`` match an entry, else None."""
        if not name or not apikey:
            return None
        matches = self._lookup(name.strip(), apikey.strip())
        return self._as_dict(matches[0]) if matches else None

    def groups_of(self, name: str) -> List[str]:
        return [str(g) for g in self._tree.xpath("//user[@name=$name]/group/text()", name=name)]

    def members_of(self, group: str) -> List[str]:
        return sorted(self._tree.xpath("//user[group=$g]/@name", g=group))
