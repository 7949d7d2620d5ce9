from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [{"name": "mug", "price": 8, "rating": 4.1}, {"name": "pot", "price": 24, "rating": 4.8},
        {"name": "cup", "price": 5, "rating": 3.9}]


def test_sort_ascending_and_descending() -> None:
    assert [r["name"] for r in mod.sort_records(ROWS, "price")] == ["cup", "mug", "pot"]
    assert [r["name"] for r in mod.sort_records(ROWS, "-rating")] == ["pot", "mug", "cup"]


def test_unknown_field() -> None:
    with pytest.raises(KeyError):
        mod.sort_records(ROWS, "weight")


def test_page() -> None:
    assert mod.page(list(range(45)), 3) == list(range(40, 45))
