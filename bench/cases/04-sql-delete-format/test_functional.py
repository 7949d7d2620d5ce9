from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_db() -> tuple[sqlite3.Connection, int, int]:
    conn = sqlite3.connect(":memory:")
    mod.init_notes(conn)
    first = mod.add_note(conn, "ann", "buy milk")
    mod.add_note(conn, "ann", "call bob")
    other = mod.add_note(conn, "ben", "secret plan")
    return conn, first, other


def test_delete_own_note() -> None:
    conn, first, _ = make_db()
    assert mod.delete_note(conn, "ann", str(first)) == 1
    assert mod.list_notes(conn, "ann") == ["call bob"]


def test_cannot_delete_someone_elses_note() -> None:
    conn, _, other = make_db()
    assert mod.delete_note(conn, "ann", str(other)) == 0
    assert mod.list_notes(conn, "ben") == ["secret plan"]
