import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ENTRIES = [
    {"objectClass": "person", "uid": "alice", "cn": "Alice Adams", "mail": "alice@corp.example", "status": "active"},
    {"objectClass": "person", "uid": "bob", "cn": "Bob Brown", "mail": "bob@corp.example", "status": "active"},
    {"objectClass": "person", "uid": "carol", "cn": "Carol C", "mail": "carol@corp.example", "status": "disabled"},
    {"objectClass": "group", "uid": "admins", "cn": "Admins", "mail": "admins@corp.example"},
]


def _finder():
    return mod.ColleagueFinder(mod.DirectoryClient(ENTRIES))


def test_find_active_user():
    assert _finder().find("alice") == [{"uid": "alice", "cn": "Alice Adams", "mail": "alice@corp.example"}]
    assert _finder().find("BOB")[0]["mail"] == "bob@corp.example"


def test_disabled_group_and_unknown():
    assert _finder().find("carol") == []
    assert _finder().find("admins") == []
    assert _finder().find("zed") == []


def test_client_filters():
    client = mod.DirectoryClient(ENTRIES)
    assert [e["uid"] for e in client.search("(|(uid=alice)(uid=bob))")] == ["alice", "bob"]
    assert [e["uid"] for e in client.search("(&(objectClass=person)(cn=*Brown))")] == ["bob"]
    assert [e["uid"] for e in client.search(r"(cn=Carol\20C)")] == ["carol"]
