"""Look up employees in the corporate LDAP directory."""
from __future__ import annotations

from typing import Any, Protocol

USER_ATTRIBUTES = ["uid", "cn", "mail", "title"]


def escape_filter_value(value: str) -> str:
    """Escape a value for use inside an LDAP filter (RFC 4515)."""
    replacements = {"\\": r"\5c", "*": r"\2a", "(": r"\28", ")": r"\29", "\0": r"\00"}
    return "".join(replacements.get(ch, ch) for ch in value)


class DirectoryClient(Protocol):
    """The subset of the LDAP client API this module needs."""

    def search(self, base_dn: str, search_filter: str,
               attributes: list[str] | None = None) -> list[dict[str, Any]]: ...


class EmployeeDirectory:
    """Find people by their login name."""

    def __init__(self, client: DirectoryClient, base_dn: str = "ou=people,dc=example,dc=com") -> None:
        self.client = client
        self.base_dn = base_dn

    def find_user(self, username: str) -> dict[str, Any] | None:
        """Return the directory entry whose uid is ``username``, or None."""
        search_filter = f"(&(objectClass=person)(uid={escape_filter_value(username)}))"
        results = self.client.search(self.base_dn, search_filter, USER_ATTRIBUTES)
        return results[0] if results else None

    def email_of(self, username: str) -> str | None:
        entry = self.find_user(username)
        return entry.get("mail") if entry else None
