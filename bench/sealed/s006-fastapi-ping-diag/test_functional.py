import importlib
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setattr(mod, "PING_CMD", "echo")
    return TestClient(mod.app)


def test_ping_hostname(client):
    resp = client.get("/diag/ping", params={"host": "db-1.internal.example"})
    assert resp.status_code == 200
    body = resp.json()
    assert body["ok"] is True
    assert body["host"] == "db-1.internal.example"
    assert "db-1.internal.example" in body["output"]


def test_ping_ip(client):
    resp = client.get("/diag/ping", params={"host": "10.0.0.5"})
    assert resp.status_code == 200
    assert "10.0.0.5" in resp.json()["output"]


def test_failing_command_reports_not_ok(monkeypatch):
    monkeypatch.setattr(mod, "PING_CMD", "false")
    resp = TestClient(mod.app).get("/diag/ping", params={"host": "example.com"})
    assert resp.status_code == 200
    assert resp.json()["ok"] is False


def test_missing_host(client):
    assert client.get("/diag/ping").status_code == 422
