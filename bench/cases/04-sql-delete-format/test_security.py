from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_tautology_id_deletes_nothing_else() -> None:
    conn = sqlite3.connect(":memory:")
    mod.init_notes(conn)
    mod.add_note(conn, "ann", "buy milk")
    mod.add_note(conn, "ben", "secret plan")
    try:
        mod.delete_note(conn, "ann", "0 OR 1=1")
    except (ValueError, sqlite3.Error):
        pass
    assert mod.list_notes(conn, "ann") == ["buy milk"]
    assert mod.list_notes(conn, "ben") == ["secret plan"]
