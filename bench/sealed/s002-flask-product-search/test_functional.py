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
        conn.executemany(
            "INSERT INTO products (name, category, price) VALUES (?, ?, ?)",
            [("Blue Mug", "kitchen", 9.5), ("Blue Lamp", "living", 30.0), ("Red Mug", "kitchen", 8.0)],
        )
    return mod.app.test_client()


def test_search_by_name(client):
    resp = client.get("/products/search", query_string={"q": "Mug"})
    assert resp.status_code == 200
    names = [r["name"] for r in resp.get_json()["results"]]
    assert names == ["Blue Mug", "Red Mug"]


def test_search_with_category(client):
    resp = client.get("/products/search", query_string={"q": "Blue", "category": "living"})
    assert resp.status_code == 200
    results = resp.get_json()["results"]
    assert len(results) == 1 and results[0]["name"] == "Blue Lamp"
    assert results[0]["price"] == 30.0


def test_missing_term(client):
    assert client.get("/products/search").status_code == 400


def test_no_match(client):
    resp = client.get("/products/search", query_string={"q": "Chair"})
    assert resp.get_json()["results"] == []
