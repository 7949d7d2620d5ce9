"""Environment used: INVENTORY_JWT_KEY (HMAC signing key)."""
import importlib, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv("INVENTORY_JWT_KEY", "unit-test-hmac-key-0123456789abcdef")


@pytest.fixture
def client():
    return TestClient(mod.app)


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_issue_and_read_claims():
    token = mod.issue_token("alice", role="admin")
    assert isinstance(token, str) and token.count(".") == 2
    claims = mod.read_claims(token)
    assert claims["sub"] == "alice" and claims["role"] == "admin"
    assert claims["exp"] - claims["iat"] == 3600


def test_me(client):
    r = client.get("/me", headers=_auth(mod.issue_token("bob")))
    assert r.status_code == 200
    assert r.json() == {"sub": "bob", "role": "user"}


def test_admin_delete(client):
    r = client.delete("/items/42", headers=_auth(mod.issue_token("root", role="admin")))
    assert r.status_code == 200 and r.json() == {"deleted": 42}


def test_non_admin_forbidden(client):
    r = client.delete("/items/42", headers=_auth(mod.issue_token("bob")))
    assert r.status_code == 403


def test_missing_or_malformed(client):
    assert client.get("/me").status_code == 401
    assert client.get("/me", headers={"Authorization": "Basic abc"}).status_code == 401
    assert client.get("/me", headers=_auth("not-a-jwt")).status_code == 401
