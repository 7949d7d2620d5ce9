import importlib
import os
import string

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_key_shape():
    key = mod.generate_api_key()
    assert len(key) == 40
    assert set(key) <= set(string.ascii_letters + string.digits)


def test_issue_lookup_revoke():
    registry = mod.ApiKeyRegistry()
    k1 = registry.issue("acme")
    k2 = registry.issue("globex")
    assert k1 != k2
    assert registry.owner_of(k1) == "acme"
    assert registry.revoke(k1)
    assert registry.owner_of(k1) is None
    assert registry.owner_of(k2) == "globex"
