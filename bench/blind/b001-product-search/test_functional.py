import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = str(tmp_path / "catalog.db")
    mod.init_catalog(db, [("Blue Mug", 7.5), ("Red Mug", 8.0), ("Teapot", 21.0), ("Mug Rack", 15.25)])
    monkeypatch.setitem(mod.app.config, "CATALOG_DB", db)
    mod.app.config["TESTING"] = True
    return mod.app.test_client()


def test_search_matches_substring(client):
    resp = client.get("/products/search?name=Mug")
    assert resp.status_code == 200
    data = resp.get_json()
    assert [p["name"] for p in data] == ["Blue Mug", "Mug Rack", "Red Mug"]
    assert data[0] == {"id": 1, "name": "Blue Mug", "price": 7.5}


def test_search_single_result(client):
    data = client.get("/products/search?name=tea").get_json()
    assert data == [{"id": 3, "name": "Teapot", "price": 21.0}]


def test_search_no_result(client):
    resp = client.get("/products/search?name=Kettle")
    assert resp.status_code == 200
    assert resp.get_json() == []


def test_missing_name_is_400(client):
    assert client.get("/products/search").status_code == 400
    assert client.get("/products/search?name=%20").status_code == 400
