from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_token_shape() -> None:
    token = mod.make_token()
    assert len(token) == 32 and set(token) <= set(mod.ALPHABET)
    assert len(mod.make_token(12)) == 12


def test_issue_and_redeem_once() -> None:
    store = mod.ResetTokens()
    token = store.issue("ann@example.com")
    assert store.redeem(token) == "ann@example.com"
    assert store.redeem(token) is None
    assert store.redeem("nope") is None
