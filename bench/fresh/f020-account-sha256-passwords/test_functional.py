import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def service():
    return mod.AccountService(sqlite3.connect(":memory:"))


def test_register_and_login(service):
    service.register("Ada@example.com", "analytical-engine")
    assert service.login("ada@example.com", "analytical-engine")
    assert not service.login("ada@example.com", "wrong-password")
    assert not service.login("nobody@example.com", "analytical-engine")


def test_short_password_rejected(service):
    with pytest.raises(ValueError):
        service.register("a@example.com", "short")


def test_change_password(service):
    service.register("b@example.com", "first-password")
    assert not service.change_password("b@example.com", "nope-nope", "second-password")
    assert service.change_password("b@example.com", "first-password", "second-password")
    assert service.login("b@example.com", "second-password")
    assert not service.login("b@example.com", "first-password")


def test_hash_helpers():
    stored = mod.hash_password("correct horse battery")
    assert isinstance(stored, str)
    assert mod.verify_password("correct horse battery", stored)
    assert not mod.verify_password("Correct horse battery", stored)
