import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_hash_round_trip():
    stored = mod.hash_password("hunter2-but-longer")
    assert "hunter2-but-longer" not in stored
    assert mod.verify_password("hunter2-but-longer", stored) is True
    assert mod.verify_password("hunter3-but-longer", stored) is False


def test_member_store():
    store = mod.MemberStore()
    store.sign_up("Ana@Example.com", "correct-horse")
    assert store.log_in("ana@example.com", "correct-horse") is True
    assert store.log_in("ana@example.com", "wrong") is False
    assert store.log_in("bob@example.com", "correct-horse") is False
    with pytest.raises(ValueError):
        store.sign_up("ana@example.com", "other")
