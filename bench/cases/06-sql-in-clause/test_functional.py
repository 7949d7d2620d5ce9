from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAIRS = [("p1", "python"), ("p1", "async"), ("p2", "sql"), ("p3", "draft")]


def make_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    mod.init_tags(conn, PAIRS)
    return conn


def test_batch_lookup() -> None:
    assert mod.tags_for_posts(make_db(), ["p1", "p2", "p9"]) == {"p1": ["async", "python"], "p2": ["sql"]}


def test_empty_batch() -> None:
    assert mod.tags_for_posts(make_db(), []) == {}
