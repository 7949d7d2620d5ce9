from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_union_payload_reads_no_other_table() -> None:
    conn = sqlite3.connect(":memory:")
    mod.setup_catalogue(conn, [("Blue Mug", 8.5)])
    conn.execute("CREATE TABLE api_keys (id INTEGER PRIMARY KEY, secret TEXT)")
    conn.execute("INSERT INTO api_keys (secret) VALUES ('sk-live-0042')")
    rows = mod.search_products(conn, "zzz' UNION SELECT id, secret, 0 FROM api_keys --")
    assert all("sk-live" not in str(row) for row in rows)
    assert rows == []
