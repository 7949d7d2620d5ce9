import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest

ROWS = [
    ("Lyon", "Croix-Rousse", 2, 900, "0600000001"),
    ("Lyon", "Presqu'ile", 1, 750, "0600000002"),
    ("Paris", "Marais", 2, 1800, "0600000003"),
    ("Lyon", "Croix-Rousse", 3, 1200, "0600000004"),
]


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:")
    mod.create_schema(c)
    c.executemany(
        "INSERT INTO listings (city, district, bedrooms, rent, owner_phone) VALUES (?, ?, ?, ?, ?)", ROWS
    )
    return c


def test_no_filters_returns_all_sorted(conn):
    assert [r["id"] for r in mod.find_listings(conn, {})] == [2, 1, 4, 3]


def test_single_filter(conn):
    res = mod.find_listings(conn, {"city": "Lyon"})
    assert [r["id"] for r in res] == [2, 1, 4]
    assert res[0] == {"id": 2, "city": "Lyon", "district": "Presqu'ile", "bedrooms": 1, "rent": 750}


def test_combined_filters_with_int(conn):
    res = mod.find_listings(conn, {"city": "Lyon", "bedrooms": 2})
    assert res == [{"id": 1, "city": "Lyon", "district": "Croix-Rousse", "bedrooms": 2, "rent": 900}]


def test_numeric_string_value(conn):
    assert [r["id"] for r in mod.find_listings(conn, {"district": "Croix-Rousse", "bedrooms": "3"})] == [4]


def test_empty_values_ignored(conn):
    assert [r["id"] for r in mod.find_listings(conn, {"city": "Paris", "district": "", "rent": None})] == [3]


def test_no_match(conn):
    assert mod.find_listings(conn, {"city": "Nice"}) == []
