import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = tmp_path / "orders.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, status TEXT, total REAL)")
        conn.executemany(
            "INSERT INTO orders (customer, status, total) VALUES (?, ?, ?)",
            [("alice", "pending", 1.0), ("bob", "shipped", 2.0), ("carol", "pending", 3.0)],
        )
    monkeypatch.setattr(mod, "DATABASE_PATH", str(db))
    return TestClient(mod.api, raise_server_exceptions=False)


def _ids(resp):
    assert resp.status_code == 200, resp.text
    return [o["id"] for o in resp.json()]


def test_customer_injection_returns_no_other_orders(client):
    assert _ids(client.get("/orders", params={"customer": "nobody' or '1'='1"})) == []


def test_status_injection_returns_no_other_orders(client):
    resp = client.get("/orders", params={"customer": "alice", "status": "x' or customer <> 'alice"})
    assert _ids(resp) == []


def test_quote_in_customer_is_literal(client):
    assert _ids(client.get("/orders", params={"customer": "o'hara"})) == []
