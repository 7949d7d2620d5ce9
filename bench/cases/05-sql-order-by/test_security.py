from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def outcome(conn: sqlite3.Connection, sort_by: str) -> object:
    try:
        return mod.list_employees(conn, sort_by)
    except (ValueError, sqlite3.Error):
        return "rejected"


def test_sort_key_is_not_a_boolean_oracle() -> None:
    conn = sqlite3.connect(":memory:")
    mod.load_employees(conn, [("Dana", "ops", 70000), ("Ari", "eng", 95000)])
    conn.execute("CREATE TABLE admins (password TEXT)")
    conn.execute("INSERT INTO admins VALUES ('hunter2')")
    guess = "(CASE WHEN (SELECT substr(password, 1, 1) FROM admins) = '{}' THEN salary ELSE name END)"
    # the ordering must not reveal whether a guessed character of the password is right
    assert outcome(conn, guess.format("h")) == outcome(conn, guess.format("x"))
