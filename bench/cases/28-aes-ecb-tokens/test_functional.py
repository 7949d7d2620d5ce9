from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = bytes(range(32))
OTHER = bytes(range(1, 33))


def test_round_trip() -> None:
    blob = mod.encrypt_token(KEY, "ghp_abcdefghijklmnop0123456789")
    assert mod.decrypt_token(KEY, blob) == "ghp_abcdefghijklmnop0123456789"
    assert b"ghp_" not in blob


def test_rotate() -> None:
    blob = mod.rotate(KEY, OTHER, mod.encrypt_token(KEY, "sk-test"))
    assert mod.decrypt_token(OTHER, blob) == "sk-test"
