import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path):
    db = tmp_path / "catalogue.db"
    mod.app.config["DATABASE"] = str(db)
    mod.init_db()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO products (name, category, price) VALUES ('Blue Mug', 'kitchen', 9.5)")
        conn.execute("CREATE TABLE users (id INTEGER, username TEXT, password_hash TEXT)")
        conn.execute("INSERT INTO users VALUES (1, 'admin', 'HASH-SECRET-42')")
    return mod.app.test_client()


def test_union_injection_does_not_dump_users(client):
    payload = "zz' UNION SELECT id, username, password_hash, 0 FROM users --"
    resp = client.get("/products/search", query_string={"q": payload})
    assert b"HASH-SECRET-42" not in resp.data


def test_category_injection_returns_no_extra_rows(client):
    resp = client.get("/products/search", query_string={"q": "Mug", "category": "garden' OR '1'='1"})
    assert b"Blue Mug" not in resp.data
