import importlib
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client():
    mod.BOOKINGS.clear()
    return TestClient(mod.app, raise_server_exceptions=False)


def test_create_and_fetch_booking(client):
    resp = client.post("/bookings", json={"room": "atlas", "start": "2024-06-03T09:00",
                                          "hours": 2, "member_id": "m-17"})
    assert resp.status_code == 201
    booking = resp.json()
    assert booking == {"id": 1, "room": "atlas", "start": "2024-06-03T09:00:00", "hours": 2}
    assert client.get("/bookings/1").json() == booking


def test_not_found_paths(client):
    assert client.get("/bookings/42").status_code == 404
    resp = client.post("/bookings", json={"room": "zen", "start": "2024-06-03T09:00",
                                          "hours": 1, "member_id": "m-1"})
    assert resp.status_code == 404 and resp.json()["detail"] == "unknown room"


def test_internal_errors_return_json_500(client):
    resp = client.post("/bookings", json={"room": "cedar", "start": "next tuesday",
                                          "hours": 1, "member_id": "m-2"})
    assert resp.status_code == 500
    assert "error" in resp.json()


def test_cors_allows_the_web_app():
    client = TestClient(mod.app)
    resp = client.options("/bookings", headers={"Origin": "https://app.cowork.example",
                                                "Access-Control-Request-Method": "POST"})
    assert resp.headers.get("access-control-allow-origin") in ("*", "https://app.cowork.example")
