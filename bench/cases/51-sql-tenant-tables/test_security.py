from __future__ import annotations

import contextlib
import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_slug_cannot_drop_another_tenants_table() -> None:
    conn = sqlite3.connect(":memory:")
    mod.create_tenant_tables(conn, "acme")
    evil = "x_users (id INTEGER); DROP TABLE acme_users; CREATE TABLE IF NOT EXISTS y"
    with contextlib.suppress(ValueError, sqlite3.Error):
        mod.create_tenant_tables(conn, evil)
    assert mod.tenant_tables(conn, "acme") == ["acme_invoices", "acme_users"]
