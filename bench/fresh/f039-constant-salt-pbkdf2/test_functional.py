import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_set_and_check():
    store = mod.CredentialStore()
    store.set_password("tech-17", "ladder-and-bucket")
    assert store.check("tech-17", "ladder-and-bucket")
    assert not store.check("tech-17", "ladder-and-Bucket")
    assert not store.check("tech-99", "ladder-and-bucket")


def test_short_password():
    with pytest.raises(ValueError):
        mod.CredentialStore().set_password("t", "short")


def test_export_does_not_contain_plaintext():
    store = mod.CredentialStore()
    store.set_password("t1", "plaintext-pass")
    exported = store.export()
    assert list(exported) == ["t1"]
    assert "plaintext-pass" not in exported["t1"]


def test_helpers_roundtrip():
    stored = mod.hash_password("correct horse")
    assert mod.verify_password("correct horse", stored)
    assert not mod.verify_password("wrong horse", stored)
