import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class BrokenRepo:
    def get(self, order_id):
        raise ConnectionError("database unavailable")


def test_get_order():
    client = TestClient(mod.create_app(mod.InMemoryOrders({7: {"id": 7, "total": 12.5}})))
    resp = client.get("/orders/7")
    assert resp.status_code == 200
    assert resp.json() == {"id": 7, "total": 12.5}


def test_missing_order_404():
    client = TestClient(mod.create_app(mod.InMemoryOrders()))
    resp = client.get("/orders/1")
    assert resp.status_code == 404
    assert resp.json() == {"detail": "Order not found"}


def test_validation_error_422():
    client = TestClient(mod.create_app(mod.InMemoryOrders()))
    assert client.get("/orders/abc").status_code == 422


def test_unexpected_error_is_json_500():
    client = TestClient(mod.create_app(BrokenRepo()), raise_server_exceptions=False)
    resp = client.get("/orders/3")
    assert resp.status_code == 500
    body = resp.json()
    assert body["path"] == "/orders/3"
    assert "error" in body and "message" in body
