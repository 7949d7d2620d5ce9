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
        [
            ("Kettle", "kitchen", 29.0, "2024-01-01"),
            ("Toaster", "kitchen", 19.5, "2024-03-01"),
            ("Drill", "tools", 89.0, "2024-02-01"),
            ("Hammer", "tools", 12.0, "2024-04-01"),
        ],
    )
    conn.commit()
    conn.close()
    return TestClient(mod.create_app(str(db)))


def test_filter_by_category(client):
    resp = client.get("/products", params={"category": "kitchen"})
    assert resp.status_code == 200
    assert [p["name"] for p in resp.json()] == ["Kettle", "Toaster"]


def test_sort_by_price(client):
    resp = client.get("/products", params={"category": "tools", "sort": "price"})
    assert [p["name"] for p in resp.json()] == ["Hammer", "Drill"]


def test_no_filter_returns_all(client):
    resp = client.get("/products", params={"sort": "newest"})
    assert [p["name"] for p in resp.json()] == ["Hammer", "Toaster", "Drill", "Kettle"]


def test_unknown_category_is_empty(client):
    assert client.get("/products", params={"category": "garden"}).json() == []


def test_bad_sort_rejected(client):
    assert client.get("/products", params={"sort": "price; DROP"}).status_code == 400
