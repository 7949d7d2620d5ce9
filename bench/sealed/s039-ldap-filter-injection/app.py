"""Look up colleagues in the corporate directory."""
from __future__ import annotations

import re
from typing import Any

Entry = dict[str, Any]


class DirectoryClient:
    """Minimal in-memory LDAP stand-in that evaluates RFC 4515 style filters.

    Like several real servers, anything after the first complete filter is ignored.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries

    def search(self, search_filter: str) -> list[Entry]:
        node, _ignored = self._parse(search_filter)
        return [e for e in self.entries if self._match(node, e)]

    def _parse(self, s: str) -> tuple[tuple, str]:
        if not s.startswith("("):
            raise ValueError(f"bad filter at {s!r}")
        if s[1] in "&|!":
            children, rest = [], s[2:]
            while rest.startswith("("):
                child, rest = self._parse(rest)
                children.append(child)
            if not rest.startswith(")"):
                raise ValueError("unbalanced filter")
            return (s[1], children), rest[1:]
        end = s.index(")")
        attr, _, value = s[1:end].partition("=")
        return ("=", attr, value), s[end + 1:]

    def _match(self, node: tuple, entry: Entry) -> bool:
        if node[0] in "&|!":
            results = [self._match(child, entry) for child in node[1]]
            return all(results) if node[0] == "&" else any(results) if node[0] == "|" else not results[0]
        _, attr, value = node
        tokens = re.findall(r"\\[0-9a-fA-F]{2}|\*|[^*\\]+|\\", value)
        pattern = "".join(".*" if t == "*" else re.escape(chr(int(t[1:], 16)) if len(t) == 3 and t[0] == "\\" else t)
                          for t in tokens)
        return attr in entry and re.fullmatch(pattern, str(entry[attr]), re.IGNORECASE) is not None


class ColleagueFinder:
    def __init__(self, client: DirectoryClient) -> None:
        self.client = client

    def find(self, username: str) -> list[dict[str, str]]:
        """Return name/mail of the active person whose uid is ``username``."""
        search_filter = "(&(objectClass=person)(uid=%s)(!(status=disabled)))" % username
        results = self.client.search(search_filter)
        return [{"uid": e["uid"], "cn": e["cn"], "mail": e["mail"]} for e in results]
