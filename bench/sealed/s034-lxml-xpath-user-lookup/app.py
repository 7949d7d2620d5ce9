"""Staff directory backed by an XML export from the HR system."""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree


@dataclass(frozen=True)
class StaffMember:
    login: str
    name: str
    email: str
    department: str


class StaffDirectory:
    """Read-only view over ``<staff><person active=...>...</person></staff>``."""

    def __init__(self, xml_text: str) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        self._root = etree.fromstring(xml_text.encode("utf-8"), parser)

    @staticmethod
    def _to_member(node: etree._Element) -> StaffMember:
        return StaffMember(
            login=node.findtext("login", ""),
            name=node.findtext("name", ""),
            email=node.findtext("email", ""),
            department=node.findtext("department", ""),
        )

    def find(self, login: str) -> list[StaffMember]:
        """Return active staff whose login equals ``login``."""
        expression = f"//person[@active='true' and login='{login}']"
        nodes = self._root.xpath(expression)
        return [self._to_member(n) for n in nodes]

    def in_department(self, department: str) -> list[str]:
        query = f"//person[@active='true' and department='{department}']/login/text()"
        return [str(v) for v in self._root.xpath(query)]
