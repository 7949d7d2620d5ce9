from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LEAKED = "Rep0rt!ng-2024"


def test_password_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTS_DB_PASSWORD", "rotated-7c1d")
    assert mod.get_db_config().password == "rotated-7c1d"


def test_no_built_in_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPORTS_DB_PASSWORD", raising=False)
    try:
        password = mod.get_db_config().password
    except (RuntimeError, KeyError):
        password = None
    assert password != LEAKED
