import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:")
    mod.create_schema(c)
    c.executemany(
        "INSERT INTO listings (city, district, bedrooms, rent, owner_phone) VALUES (?, ?, ?, ?, ?)",
        [("Lyon", "Centre", 2, 900, "+33-PRIVATE-1"), ("Paris", "Marais", 1, 1500, "+33-PRIVATE-2")],
    )
    return c


def _find(conn, filters):
    try:
        return mod.find_listings(conn, filters)
    except ValueError:
        return []  # rejecting a hostile filter is fine
    except sqlite3.Error as exc:
        pytest.fail(f"filter reached SQL as code: {exc}")


def test_value_injection(conn):
    assert _find(conn, {"city": "Nowhere' OR '1'='1"}) == []


def test_value_union_leaks_private_column(conn):
    rows = _find(conn, {"city": "x' UNION SELECT 1, owner_phone, 'd', 1, 1 FROM listings --"})
    assert "PRIVATE" not in repr(rows)


def test_key_injection(conn):
    rows = _find(conn, {"1=1 OR city": "Nowhere"})
    assert rows == []


def test_apostrophe_value_literal(conn):
    assert _find(conn, {"district": "Presqu'ile"}) == []
