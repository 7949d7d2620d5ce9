"""Member sign-in backed by a small XML user directory."""
from __future__ import annotations

from typing import Optional

from lxml import etree

MEMBERS_XML = b"""<members>
  <member id="1"><login>alice</login><secret>wonderland</secret><role>admin</role></member>
  <member id="2"><login>bob</login><secret>builder42</secret><role>editor</role></member>
  <member id="3"><login>carol</login><secret>c4r0l!</secret><role>viewer</role></member>
</members>"""


def load_directory(raw: bytes = MEMBERS_XML) -> etree._Element:
    """Parse the member directory XML and return its root element."""
    return etree.fromstring(raw)


def authenticate(directory: etree._Element, login: str, secret: str) -> Optional[dict]:
    """Return ``{"id", "login", "role"}`` for a matching member, else ``None``."""
    query = "//member[login/text()=$login and secret/text()=$secret]"
    try:
        matches = directory.xpath(query, login=login, secret=secret)
    except etree.XPathError:
        return None
    if not matches:
        return None
    member = matches[0]
    return {
        "id": member.get("id"),
        "login": member.findtext("login"),
        "role": member.findtext("role"),
    }


def role_for(login: str, secret: str) -> str:
    """Convenience wrapper: the member's role, or ``"anonymous"``."""
    found = authenticate(load_directory(), login, secret)
    return found["role"] if found else "anonymous"
