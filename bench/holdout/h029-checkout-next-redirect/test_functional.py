import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client():
    c = mod.app.test_client()
    c.post("/cart/items", json={"sku": "KB-87", "qty": 1})
    return c


def test_checkout_redirects_to_next_path(client):
    resp = client.post("/checkout/complete?next=/account/orders%3Ftab%3Drecent")
    assert resp.status_code == 303
    assert resp.headers["Location"] == "/account/orders?tab=recent"


def test_checkout_defaults_to_order_page(client):
    resp = client.post("/checkout/complete")
    location = resp.headers["Location"]
    assert location.startswith("/orders/")
    order = client.get(location).get_json()
    assert order["status"] == "confirmed" and order["items"] == [{"sku": "KB-87", "qty": 1}]


def test_external_url_falls_back(client):
    resp = client.post("/checkout/complete?next=https://example.org/")
    assert resp.headers["Location"].startswith("/orders/")


def test_empty_cart_rejected():
    assert mod.app.test_client().post("/checkout/complete").status_code == 400
