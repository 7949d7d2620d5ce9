import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_register_and_verify():
    svc = mod.UserService()
    svc.register("ana", "s3cure-passphrase")
    assert svc.verify("ana", "s3cure-passphrase") is True
    assert svc.verify("ana", "wrong-passphrase") is False
    assert svc.verify("nobody", "s3cure-passphrase") is False
    assert "s3cure-passphrase" not in svc.users["ana"]


def test_duplicate_and_short():
    svc = mod.UserService()
    svc.register("ben", "longenough1")
    with pytest.raises(mod.UserExistsError):
        svc.register("ben", "longenough2")
    with pytest.raises(ValueError):
        svc.register("cat", "short")


def test_change_password():
    svc = mod.UserService()
    svc.register("dan", "first-password")
    assert svc.change_password("dan", "bad", "second-password") is False
    assert svc.change_password("dan", "first-password", "second-password") is True
    assert svc.verify("dan", "second-password") and not svc.verify("dan", "first-password")


def test_same_password_different_records():
    svc = mod.UserService()
    svc.register("u1", "shared-password")
    svc.register("u2", "shared-password")
    assert svc.users["u1"] != svc.users["u2"]
