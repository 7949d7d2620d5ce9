from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_quote_in_customer_id_leaks_no_other_orders() -> None:
    conn = sqlite3.connect(":memory:")
    mod.create_schema(conn)
    mod.place_order(conn, "c-100", 1250)
    mod.place_order(conn, "c-200", 75)
    orders = mod.orders_for_customer(conn, "c-999' OR '1'='1' --")
    assert orders == []
