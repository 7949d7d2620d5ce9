from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    mod.setup_catalogue(conn, [("Blue Mug", 8.5), ("Red Mug", 9.0), ("Teapot", 24.0), ("mug rack", 15.0)])
    return conn


def test_substring_case_insensitive() -> None:
    names = [r[1] for r in mod.search_products(make_db(), "mug")]
    assert names == ["Blue Mug", "Red Mug", "mug rack"]


def test_limit() -> None:
    assert len(mod.search_products(make_db(), "mug", limit=2)) == 2


def test_no_match() -> None:
    assert mod.search_products(make_db(), "kettle") == []
