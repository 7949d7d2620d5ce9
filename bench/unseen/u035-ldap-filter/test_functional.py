import importlib
import os
import re

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ENTRIES = [
    {"uid": "alice", "cn": "Alice Liddell", "mail": "alice@example.com", "title": "Engineer",
     "objectclass": ["person", "inetOrgPerson"]},
    {"uid": "admin", "cn": "Directory Admin", "mail": "root@example.com", "title": "Administrator",
     "objectclass": ["person"]},
    {"uid": "bob", "cn": "Bob Builder", "mail": "bob@example.com", "title": "Engineer",
     "objectclass": ["person"]},
]


def _unescape(text):
    return re.sub(r"\\([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), text)


def _parse(f, i=0):
    """Parse an RFC 4515 filter (enough of it for these tests)."""
    if f[i] != "(":
        raise ValueError("bad filter")
    i += 1
    if f[i] in "&|!":
        op, i, kids = f[i], i + 1, []
        while f[i] == "(":
            node, i = _parse(f, i)
            kids.append(node)
        if f[i] != ")":
            raise ValueError("bad filter")
        return (op, kids), i + 1
    j = f.index(")", i)
    attr, eq, value = f[i:j].partition("=")
    if not eq:
        raise ValueError("bad filter")
    return ("=", attr.lower(), value), j + 1


def _match(node, entry):
    if node[0] == "&":
        return all(_match(k, entry) for k in node[1])
    if node[0] == "|":
        return any(_match(k, entry) for k in node[1])
    if node[0] == "!":
        return not _match(node[1][0], entry)
    _, attr, raw = node
    values = entry.get(attr, [])
    values = [values] if isinstance(values, str) else values
    parts = [_unescape(p) for p in raw.split("*")]  # unescaped '*' is a wildcard
    rx = ".*".join(re.escape(p) for p in parts)
    return any(re.fullmatch(rx, v, re.IGNORECASE) for v in values)


class FakeDirectory:
    """In-memory LDAP server stand-in that evaluates real filter syntax."""

    def __init__(self):
        self.filters = []

    def search(self, base_dn, search_filter, attributes=None):
        self.filters.append(search_filter)
        node, end = _parse(search_filter)
        if end != len(search_filter):
            raise ValueError("bad filter")
        return [{k: v for k, v in e.items() if k != "objectclass"} for e in ENTRIES if _match(node, e)]


def test_find_existing_user():
    directory = mod.EmployeeDirectory(FakeDirectory())
    entry = directory.find_user("alice")
    assert entry["cn"] == "Alice Liddell"
    assert directory.email_of("bob") == "bob@example.com"


def test_unknown_user():
    assert mod.EmployeeDirectory(FakeDirectory()).find_user("mallory") is None


def test_search_is_scoped_to_base_dn():
    client = FakeDirectory()
    mod.EmployeeDirectory(client, base_dn="ou=staff,dc=corp").find_user("alice")
    assert len(client.filters) == 1
