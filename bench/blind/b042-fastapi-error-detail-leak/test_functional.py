import importlib, os
import sqlite3

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def env(tmp_path, monkeypatch):
    db = tmp_path / "data" / "catalogue.db"
    db.parent.mkdir()
    mod.init_db(str(db))
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    (sheets / "1.pdf").write_bytes(b"%PDF-1.7 datasheet one")
    monkeypatch.setattr(mod, "DB_PATH", str(db))
    monkeypatch.setattr(mod, "DATASHEET_DIR", sheets)
    return db


@pytest.fixture
def client(env):
    return TestClient(mod.app)


def test_create_products(client, env):
    r1 = client.post("/api/products", json={"sku": "ABC-1", "name": "Widget", "price_cents": 1299})
    r2 = client.post("/api/products", json={"sku": "ABC-2", "name": "Gadget", "price_cents": 0})
    assert r1.status_code == 201 and r1.json() == {"id": 1, "sku": "ABC-1"}
    assert r2.status_code == 201 and r2.json() == {"id": 2, "sku": "ABC-2"}
    rows = sqlite3.connect(env).execute("SELECT id, sku, name, price_cents FROM products ORDER BY id").fetchall()
    assert rows == [(1, "ABC-1", "Widget", 1299), (2, "ABC-2", "Gadget", 0)]


@pytest.mark.parametrize(
    "body",
    [
        {"sku": "AB", "name": "x", "price_cents": 1},
        {"sku": "ABC-9", "name": "", "price_cents": 1},
        {"sku": "ABC-9", "name": "x", "price_cents": -5},
        {"name": "x", "price_cents": 1},
    ],
)
def test_validation_errors(client, body):
    assert client.post("/api/products", json=body).status_code == 422


def test_database_failure_is_500(client, env, monkeypatch):
    monkeypatch.setattr(mod, "DB_PATH", str(env.parent / "fresh.db"))  # no products table
    resp = client.post("/api/products", json={"sku": "ZZZ-1", "name": "x", "price_cents": 1})
    assert resp.status_code == 500
    assert "detail" in resp.json()


def test_datasheet_download(client):
    resp = client.get("/api/products/1/datasheet")
    assert resp.status_code == 200
    assert resp.content == b"%PDF-1.7 datasheet one"
    assert resp.headers["content-type"] == "application/pdf"
    assert 'filename="datasheet-1.pdf"' in resp.headers["content-disposition"]


def test_datasheet_missing_is_404(client):
    resp = client.get("/api/products/2/datasheet")
    assert resp.status_code == 404
    assert "detail" in resp.json()


def test_datasheet_id_must_be_int(client):
    assert client.get("/api/products/abc/datasheet").status_code == 422
