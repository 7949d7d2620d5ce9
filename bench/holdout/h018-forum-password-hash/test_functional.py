import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def svc():
    return mod.AccountService(sqlite3.connect(":memory:"))


def test_register_and_login(svc):
    uid = svc.register("amiga_fan", "correct horse battery")
    profile = svc.authenticate("amiga_fan", "correct horse battery")
    assert profile == {"id": uid, "username": "amiga_fan", "signature": ""}


def test_wrong_password_and_unknown_user(svc):
    svc.register("c64_kid", "sup3rsecret!")
    assert svc.authenticate("c64_kid", "sup3rsecret?") is None
    assert svc.authenticate("nobody", "sup3rsecret!") is None


def test_registration_rules(svc):
    svc.register("zx_spectrum", "longenough")
    with pytest.raises(mod.AccountError):
        svc.register("zx_spectrum", "longenough2")
    with pytest.raises(mod.AccountError):
        svc.register("x", "longenough")
    with pytest.raises(mod.AccountError):
        svc.register("shorty", "short")


def test_hash_helpers_roundtrip():
    stored = mod.hash_password("pa55word!")
    assert mod.verify_password("pa55word!", stored)
    assert not mod.verify_password("pa55word?", stored)
