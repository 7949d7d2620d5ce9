from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    mod.create_schema(conn)
    mod.place_order(conn, "c-100", 1250)
    mod.place_order(conn, "c-100", 990, status="shipped")
    mod.place_order(conn, "c-100", 4000)
    mod.place_order(conn, "c-200", 75)
    return conn


def test_open_orders_newest_first() -> None:
    orders = mod.orders_for_customer(make_db(), "c-100")
    assert [o["total_cents"] for o in orders] == [4000, 1250]
    assert all(o["customer_id"] == "c-100" and o["status"] == "open" for o in orders)


def test_status_filter() -> None:
    orders = mod.orders_for_customer(make_db(), "c-100", status="shipped")
    assert [o["total_cents"] for o in orders] == [990]


def test_unknown_customer_has_no_orders() -> None:
    assert mod.orders_for_customer(make_db(), "c-999") == []
