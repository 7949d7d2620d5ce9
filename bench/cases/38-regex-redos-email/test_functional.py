from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("address", ["ann@example.com", "ann.lee-2@mail.example.co.uk", "a_b@x-y.org", "x.@y.io"])
def test_valid(address: str) -> None:
    assert mod.is_valid_email(address)


@pytest.mark.parametrize("address", ["", "ann", "ann@", "@example.com", "a..b@x.com", "ann@example", "a b@x.com"])
def test_invalid(address: str) -> None:
    assert not mod.is_valid_email(address)


def test_validate_signup() -> None:
    assert mod.validate_signup({"username": "ann_1", "email": "ann@example.com", "password": "x" * 12}) == {}
    errors = mod.validate_signup({"username": "1x", "email": "nope", "password": "short"})
    assert set(errors) == {"username", "email", "password"}
