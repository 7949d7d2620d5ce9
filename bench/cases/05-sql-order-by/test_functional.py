from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [("Dana", "ops", 70000), ("Ari", "eng", 95000), ("Cy", "eng", 88000)]


def make_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    mod.load_employees(conn, ROWS)
    return conn


def test_default_sort_by_name() -> None:
    assert [e[1] for e in mod.list_employees(make_db())] == ["Ari", "Cy", "Dana"]


def test_sort_by_salary_descending() -> None:
    assert [e[3] for e in mod.list_employees(make_db(), "salary", descending=True)] == [95000, 88000, 70000]


def test_sort_by_department_then_id() -> None:
    assert [e[1] for e in mod.list_employees(make_db(), "department")] == ["Ari", "Cy", "Dana"]
