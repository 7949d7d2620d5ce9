import importlib
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("INVENTORY_JWT_KEY", "inventory-test-key-0123456789abcdef")
    return TestClient(mod.app)


def _h(token):
    return {"Authorization": f"Bearer {token}"}


def test_viewer_can_list(client):
    resp = client.get("/items", headers=_h(mod.issue_token("ada", "viewer")))
    assert resp.status_code == 200
    assert resp.json() == {"items": ["bolt", "nut"], "user": "ada"}


def test_admin_can_delete(client):
    resp = client.delete("/items/bolt", headers=_h(mod.issue_token("root", "admin")))
    assert resp.json() == {"deleted": "bolt"}


def test_viewer_cannot_delete(client):
    assert client.delete("/items/bolt", headers=_h(mod.issue_token("ada", "viewer"))).status_code == 403


def test_missing_or_malformed(client):
    assert client.get("/items").status_code == 401
    assert client.get("/items", headers={"Authorization": "Basic abc"}).status_code == 401
    assert client.get("/items", headers=_h("garbage")).status_code == 401
