from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_verify_round_trip() -> None:
    stored = mod.hash_password("correct horse")
    assert mod.verify_password("correct horse", stored)
    assert not mod.verify_password("wrong horse", stored)


def test_salted() -> None:
    assert mod.hash_password("same") != mod.hash_password("same")
    assert mod.hash_password("same", b"s" * 16) == mod.hash_password("same", b"s" * 16)


def test_format() -> None:
    stored = mod.hash_password("pw", b"\x01" * 16)
    assert stored.startswith("01" * 16 + "$")
    assert not mod.needs_rehash(stored)
    assert not mod.verify_password("pw", "not-a-hash")
