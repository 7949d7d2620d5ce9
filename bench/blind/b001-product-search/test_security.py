import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = str(tmp_path / "catalog.db")
    mod.init_catalog(db, [("Blue Mug", 7.5), ("Teapot", 21.0)])
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE users (username TEXT, password TEXT)")
        conn.execute("INSERT INTO users VALUES ('admin', 's3cret-hash')")
    monkeypatch.setitem(mod.app.config, "CATALOG_DB", db)
    mod.app.config["TESTING"] = False
    return mod.app.test_client()


def test_tautology_returns_no_extra_rows(client):
    resp = client.get("/products/search", query_string={"name": "zzz' OR 1=1 --"})
    assert resp.status_code == 200
    assert resp.get_json() == []


def test_union_does_not_leak_other_table(client):
    payload = "zzz' UNION SELECT 99, username, password FROM users --"
    resp = client.get("/products/search", query_string={"name": payload})
    body = resp.get_data(as_text=True)
    assert "s3cret-hash" not in body
    assert resp.status_code == 200
    assert resp.get_json() == []


def test_quote_in_name_is_literal(client):
    resp = client.get("/products/search", query_string={"name": "O'Brien"})
    assert resp.status_code == 200
    assert resp.get_json() == []
