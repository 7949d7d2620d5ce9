import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_register_and_check():
    store = mod.UserStore()
    store.register("alice", "correct horse battery")
    assert store.check("alice", "correct horse battery")
    assert not store.check("alice", "wrong password")
    assert not store.check("bob", "correct horse battery")


def test_duplicate_username_rejected():
    store = mod.UserStore()
    store.register("alice", "correct horse battery")
    with pytest.raises(mod.UserExistsError):
        store.register("alice", "another password")


def test_short_password_rejected():
    with pytest.raises(ValueError):
        mod.UserStore().register("carol", "short")
