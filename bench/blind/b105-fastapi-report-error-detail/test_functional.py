import importlib, os, sqlite3

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = tmp_path / "wh.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE sales (day TEXT, customer TEXT, amount REAL)")
    conn.executemany("INSERT INTO sales VALUES (?, ?, ?)", [
        ("2024-05-01", "acme", 100.0), ("2024-05-01", "globex", 50.0),
        ("2024-05-02", "acme", 25.5), ("2024-05-03", "initech", 300.0),
    ])
    conn.commit()
    conn.close()
    monkeypatch.setattr(mod, "DB_PATH", str(db))
    return TestClient(mod.app)


def test_daily_sales(client):
    r = client.get("/reports/daily-sales")
    assert r.status_code == 200
    assert r.json() == {"report": "daily-sales", "count": 3, "rows": [
        {"day": "2024-05-01", "total": 150.0}, {"day": "2024-05-02", "total": 25.5},
        {"day": "2024-05-03", "total": 300.0}]}


def test_top_customers_limit(client):
    r = client.get("/reports/top-customers", params={"limit": 2})
    assert r.json()["rows"] == [{"customer": "initech", "total": 300.0}, {"customer": "acme", "total": 125.5}]


def test_errors(client, tmp_path, monkeypatch):
    r = client.get("/reports/nope")
    assert r.status_code == 404
    assert client.get("/reports/daily-sales", params={"limit": 0}).status_code == 422
    monkeypatch.setattr(mod, "DB_PATH", str(tmp_path / "empty.sqlite3"))
    r = client.get("/reports/daily-sales")
    assert r.status_code == 500
    assert "report failed" in r.json()["error"]
