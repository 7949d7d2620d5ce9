from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_quoted_id_does_not_widen_the_query() -> None:
    conn = sqlite3.connect(":memory:")
    mod.init_tags(conn, [("p1", "python"), ("p3", "draft")])
    assert mod.tags_for_posts(conn, ["nope') OR ('1'='1"]) == {}
