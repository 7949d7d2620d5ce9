import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_empty_cart():
    client = mod.app.test_client()
    assert client.get("/cart").get_json() == {"items": [], "total": 0}


def test_add_items_persist_in_cookie():
    client = mod.app.test_client()
    client.post("/cart/items", json={"sku": "sencha-100g", "qty": 2})
    resp = client.post("/cart/items", json={"sku": "matcha-30g"})
    assert resp.get_json()["total"] == 36.9
    cart = client.get("/cart").get_json()
    assert [i["sku"] for i in cart["items"]] == ["matcha-30g", "sencha-100g"]
    assert cart["items"][1]["qty"] == 2


def test_quantity_capped_and_validation():
    client = mod.app.test_client()
    client.post("/cart/items", json={"sku": "oolong-50g", "qty": 15})
    client.post("/cart/items", json={"sku": "oolong-50g", "qty": 15})
    assert client.get("/cart").get_json()["items"][0]["qty"] == 20
    assert client.post("/cart/items", json={"sku": "coffee"}).status_code == 400


def test_garbage_cookie_is_ignored():
    client = mod.app.test_client()
    client.set_cookie("cart", "not-base64!!")
    assert client.get("/cart").get_json()["total"] == 0
