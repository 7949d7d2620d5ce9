import importlib
import os
import sqlite3

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path):
    db = tmp_path / "catalogue.db"
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, category TEXT,"
        " price REAL, created_at TEXT)"
    )
    conn.executemany(
        "INSERT INTO products (name, category, price, created_at) VALUES (?, ?, ?, ?)",
        [("Kettle", "kitchen", 29.0, "2024-01-01"), ("Prototype", "hidden", 1.0, "2024-01-02")],
    )
    conn.commit()
    conn.close()
    return TestClient(mod.create_app(str(db)), raise_server_exceptions=False)


def test_or_true_does_not_return_other_categories(client):
    resp = client.get("/products", params={"category": "kitchen' OR '1'='1"})
    names = [p["name"] for p in resp.json()] if resp.status_code == 200 else []
    assert "Prototype" not in names


def test_union_cannot_read_sqlite_master(client):
    payload = "x' UNION SELECT 1, name, sql, 0 FROM sqlite_master --"
    resp = client.get("/products", params={"category": payload})
    body = resp.text
    assert "CREATE TABLE" not in body
