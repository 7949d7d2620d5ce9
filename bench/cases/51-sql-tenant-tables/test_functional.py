from __future__ import annotations

import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_create_and_list() -> None:
    conn = sqlite3.connect(":memory:")
    mod.create_tenant_tables(conn, "acme")
    mod.create_tenant_tables(conn, "globex_2")
    mod.create_tenant_tables(conn, "acme")
    assert mod.tenant_tables(conn, "acme") == ["acme_invoices", "acme_users"]
    assert mod.tenant_tables(conn, "globex_2") == ["globex_2_invoices", "globex_2_users"]
    conn.execute("INSERT INTO acme_users (email) VALUES ('a@acme.example')")
