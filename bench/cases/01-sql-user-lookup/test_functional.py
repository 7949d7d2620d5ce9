from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    mod.init_db(conn)
    mod.add_user(conn, "alice", "alice@example.com")
    mod.add_user(conn, "bob", "bob@example.com")
    return conn


def test_finds_existing_user() -> None:
    user = mod.find_user(make_db(), "bob")
    assert user is not None
    assert (user.username, user.email) == ("bob", "bob@example.com")


def test_unknown_user_is_none() -> None:
    assert mod.find_user(make_db(), "carol") is None

