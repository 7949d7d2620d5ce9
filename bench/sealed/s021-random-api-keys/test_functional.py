import importlib
import os
import string

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ALNUM = set(string.ascii_letters + string.digits)


def test_key_shape():
    key = mod.generate_api_key()
    assert len(key) == 40
    assert set(key) <= ALNUM
    assert len(mod.generate_api_key(16)) == 16


def test_keys_are_unique():
    keys = {mod.generate_api_key() for _ in range(200)}
    assert len(keys) == 200


def test_registry_issue_and_lookup():
    reg = mod.ApiKeyRegistry()
    issued = reg.issue("acme")
    assert issued.owner == "acme"
    assert issued.key.startswith("pk_") and len(issued.key) == 43
    assert reg.owner_of(issued.key) == "acme"
    assert reg.owner_of("pk_" + "x" * 40) is None
