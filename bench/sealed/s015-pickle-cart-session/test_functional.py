import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_cart_round_trip_via_cookie():
    client = mod.app.test_client()
    assert client.post("/cart/items", json={"sku": "mug", "qty": 2}).status_code == 201
    resp = client.post("/cart/items", json={"sku": "mug"})
    assert resp.get_json()["items"] == {"mug": 3}
    client.post("/cart/items", json={"sku": "tee", "qty": 1})
    cart = client.get("/cart").get_json()
    assert cart == {"items": {"mug": 3, "tee": 1}, "count": 4}


def test_empty_cart():
    assert mod.app.test_client().get("/cart").get_json() == {"items": {}, "count": 0}


def test_helpers_round_trip_without_cache():
    token = mod.dump_cart({"a": 1, "b": 5})
    mod.cache._data.clear() if hasattr(mod.cache, "_data") else None
    assert mod.load_cart(token) == {"a": 1, "b": 5}
