from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_literals_are_converted() -> None:
    assert mod.parse_override("workers=8") == ("workers", 8)
    assert mod.parse_override("debug_sql=True") == ("debug_sql", True)
    assert mod.parse_override("hosts=['a', 'b']") == ("hosts", ["a", "b"])
    assert mod.parse_override("limits={'rps': 5}") == ("limits", {"rps": 5})


def test_plain_words_stay_text() -> None:
    assert mod.parse_override("mode=fast") == ("mode", "fast")


def test_apply_overrides() -> None:
    s = mod.apply_overrides(["workers=4", "mode=fast"])
    assert s == {"workers": 4, "debug_sql": False, "hosts": ["localhost"], "mode": "fast"}


def test_missing_equals() -> None:
    with pytest.raises(ValueError):
        mod.parse_override("workers")
