from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_tautology_payload_matches_nobody() -> None:
    conn = sqlite3.connect(":memory:")
    mod.init_db(conn)
    mod.add_user(conn, "alice", "alice@example.com")
    assert mod.find_user(conn, "nobody' OR '1'='1") is None
