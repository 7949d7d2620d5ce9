import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest
from fastapi.testclient import TestClient

ORDERS = [
    ("Alice", "pending", 10.0),
    ("Alice", "shipped", 25.5),
    ("Bob", "shipped", 7.0),
    ("alice", "delivered", 3.25),
    ("Carol", "cancelled", 99.0),
]


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = tmp_path / "orders.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, status TEXT, total REAL)")
        conn.executemany("INSERT INTO orders (customer, status, total) VALUES (?, ?, ?)", ORDERS)
    monkeypatch.setattr(mod, "DATABASE_PATH", str(db))
    return TestClient(mod.api)


def test_all_orders_of_customer_case_insensitive(client):
    resp = client.get("/orders", params={"customer": "  ALICE "})
    assert resp.status_code == 200
    assert [o["id"] for o in resp.json()] == [1, 2, 4]
    assert resp.json()[1] == {"id": 2, "customer": "Alice", "status": "shipped", "total": 25.5}


def test_filter_by_status(client):
    resp = client.get("/orders", params={"customer": "alice", "status": "Shipped"})
    assert resp.json() == [{"id": 2, "customer": "Alice", "status": "shipped", "total": 25.5}]


def test_other_customer(client):
    assert [o["id"] for o in client.get("/orders", params={"customer": "bob"}).json()] == [3]


def test_unknown_customer_empty(client):
    assert client.get("/orders", params={"customer": "dave"}).json() == []


def test_blank_customer_rejected(client):
    assert client.get("/orders", params={"customer": "   "}).status_code == 400
    assert client.get("/orders").status_code == 422
