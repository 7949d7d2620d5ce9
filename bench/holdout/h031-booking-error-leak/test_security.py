import importlib
import json
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(monkeypatch):
    monkeypatch.setattr(mod, "BILLING_DSN", "postgresql://billing_svc:Bk7$w9Lq@10.20.0.5:5432/billing")
    return TestClient(mod.app, raise_server_exceptions=False)


def test_error_response_does_not_leak_credentials(client):
    resp = client.post("/bookings", json={"room": "atlas", "start": "2024-06-03T09:00",
                                          "hours": 1, "member_id": "legacy-0042"})
    assert resp.status_code == 500
    body = resp.text
    assert "Bk7$w9Lq" not in body and "10.20.0.5" not in body, "DSN with password sent to client"


def test_error_response_has_no_stack_trace(client):
    resp = client.post("/bookings", json={"room": "atlas", "start": "not-a-date",
                                          "hours": 1, "member_id": "m-1"})
    body = resp.text
    assert "Traceback" not in body and ".py" not in body and "fromisoformat" not in body


def test_credentialed_cors_not_granted_to_arbitrary_origins():
    client = TestClient(mod.app)
    resp = client.options("/bookings", headers={"Origin": "https://evil.example",
                                                "Access-Control-Request-Method": "POST"})
    origin = resp.headers.get("access-control-allow-origin")
    creds = resp.headers.get("access-control-allow-credentials") == "true"
    assert not (creds and origin in ("https://evil.example", "*"))
