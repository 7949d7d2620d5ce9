import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def test_found():
    resp = client.get("/orders/1001")
    assert resp.status_code == 200
    assert resp.get_json()["status"] == "shipped"


def test_not_found():
    resp = client.get("/orders/1234")
    assert resp.status_code == 404
    assert "error" in resp.get_json()


def test_unknown_route_is_json_404():
    resp = client.get("/nope")
    assert resp.status_code == 404


def test_backend_failure_is_500_json():
    resp = client.get("/orders/9001")
    assert resp.status_code == 500
    body = resp.get_json()
    assert isinstance(body, dict) and "error" in body
