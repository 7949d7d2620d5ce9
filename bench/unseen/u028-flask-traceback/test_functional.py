import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_total_of_existing_order():
    resp = mod.app.test_client().get("/api/orders/1001/total")
    assert resp.status_code == 200
    assert resp.get_json() == {"order_id": 1001, "total": 19.0}


def test_unknown_order_is_an_error():
    resp = mod.app.test_client().get("/api/orders/9999/total")
    assert resp.status_code >= 400
    assert resp.is_json


def test_broken_order_is_a_server_error():
    resp = mod.app.test_client().get("/api/orders/1002/total")
    assert resp.status_code == 500
