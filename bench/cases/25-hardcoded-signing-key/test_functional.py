from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def deployed_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # the deployment supplies the key; a repair may name its variable after the constant it replaces
    for name in ("APP_SECRET_KEY", "SECRET_KEY"):
        monkeypatch.setenv(name, "k-" + "9" * 30)


def test_round_trip() -> None:
    token = mod.sign({"user": "ann", "role": "editor"})
    assert mod.verify(token) == {"user": "ann", "role": "editor"}


def test_tampered_token_rejected() -> None:
    token = mod.sign({"user": "ann", "role": "editor"})
    sig = token.split(".")[1]
    other = mod.sign({"user": "ann", "role": "admin"}).split(".")[0]
    assert mod.verify(f"{other}.{sig}") is None
    assert mod.verify("garbage") is None
