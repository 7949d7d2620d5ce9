import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ENTRIES = [
    {"objectClass": "person", "uid": "alice", "cn": "Alice", "mail": "alice@corp.example", "status": "active"},
    {"objectClass": "person", "uid": "admin", "cn": "Root", "mail": "root@corp.example", "status": "active"},
    {"objectClass": "person", "uid": "carol", "cn": "Carol", "mail": "carol@corp.example", "status": "disabled"},
]


def _find(username):
    finder = mod.ColleagueFinder(mod.DirectoryClient(ENTRIES))
    try:
        return finder.find(username)
    except ValueError:
        return []


def test_wildcard_does_not_enumerate_directory():
    assert _find("*") == []


def test_partial_wildcard_does_not_match():
    assert _find("adm*") == []


def test_filter_breakout_cannot_reach_disabled_accounts():
    found = _find("carol))")
    assert all(r["uid"] != "carol" for r in found)
