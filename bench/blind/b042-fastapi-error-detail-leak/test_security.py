import importlib, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def env(tmp_path, monkeypatch):
    db = tmp_path / "srv-private" / "catalogue-prod.db"
    db.parent.mkdir()
    mod.init_db(str(db))
    sheets = tmp_path / "srv-private" / "datasheets-vault"
    sheets.mkdir()
    monkeypatch.setattr(mod, "DB_PATH", str(db))
    monkeypatch.setattr(mod, "DATASHEET_DIR", sheets)
    return tmp_path


SCHEMA_SIGNS = ["UNIQUE constraint", "products.sku", "INSERT INTO", "price_cents) VALUES", "no such table",
                "sqlite"]


def test_duplicate_sku_does_not_reveal_schema_or_sql(env):
    client = TestClient(mod.app)
    body = {"sku": "DUP-1", "name": "Widget", "price_cents": 100}
    assert client.post("/api/products", json=body).status_code == 201
    resp = client.post("/api/products", json=body)
    assert resp.status_code >= 400
    text = resp.text
    for sign in SCHEMA_SIGNS + [str(env)]:
        assert sign not in text, f"error body leaks {sign!r}: {text}"


def test_missing_table_does_not_reveal_sql(env, monkeypatch):
    monkeypatch.setattr(mod, "DB_PATH", str(env / "srv-private" / "other.db"))
    resp = TestClient(mod.app).post("/api/products", json={"sku": "NEW-1", "name": "x", "price_cents": 1})
    assert resp.status_code >= 500
    for sign in SCHEMA_SIGNS + [str(env)]:
        assert sign not in resp.text, f"error body leaks {sign!r}: {resp.text}"


@pytest.mark.parametrize("product_id", [7, 123456])
def test_missing_datasheet_does_not_reveal_path(env, product_id):
    resp = TestClient(mod.app).get(f"/api/products/{product_id}/datasheet")
    assert resp.status_code == 404
    for sign in [str(env), "datasheets-vault", "Errno", "No such file"]:
        assert sign not in resp.text, f"error body leaks {sign!r}: {resp.text}"
