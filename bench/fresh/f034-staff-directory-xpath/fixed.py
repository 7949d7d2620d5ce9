"""Staff directory kiosk: PIN login and phone lookup against an XML export."""
from __future__ import annotations

from pathlib import Path

from lxml import etree


class StaffDirectory:
    """Wraps the HR system's nightly XML export (users.xml)."""

    def __init__(self, xml_path: str | Path) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        self.tree = etree.parse(str(xml_path), parser)

    def _user_node(self, username: str, pin: str) -> etree._Element | None:
        query = "/staff/user[@login=$login and pin/text()=$pin]"
        matches = self.tree.xpath(query, login=username, pin=pin)
        return matches[0] if matches else None

    def authenticate(self, username: str, pin: str) -> dict[str, str] | None:
        """Return the user's profile when login and PIN match, else None."""
        node = self._user_node(username, pin)
        if node is None:
            return None
        return {
            "login": node.get("login"),
            "name": node.findtext("name", default=""),
            "department": node.findtext("department", default=""),
            "role": node.get("role", "staff"),
        }

    def phone_numbers(self, department: str) -> list[str]:
        """Extensions of everyone in a department."""
        expression = "/staff/user[department=$department]/phone/text()"
        return [str(value) for value in self.tree.xpath(expression, department=department)]
