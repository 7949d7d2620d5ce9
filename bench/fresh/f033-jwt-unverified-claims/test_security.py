import importlib
import os
from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("INVENTORY_JWT_KEY", "inventory-real-key-fedcba9876543210")
    return TestClient(mod.app, raise_server_exceptions=False)


def _exp():
    return datetime.now(timezone.utc) + timedelta(minutes=5)


def test_token_signed_with_attacker_key_is_rejected(client):
    forged = jwt.encode({"sub": "mallory", "role": "admin", "exp": _exp()}, "attacker-key-0000000000000000000", algorithm="HS256")
    resp = client.delete("/items/bolt", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code == 401


def test_unsigned_alg_none_token_is_rejected(client):
    forged = jwt.encode({"sub": "mallory", "role": "admin", "exp": _exp()}, None, algorithm="none")
    resp = client.delete("/items/bolt", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code == 401


def test_expired_token_is_rejected(client):
    token = mod.issue_token("ada", "viewer", ttl_minutes=-1)
    assert client.get("/items", headers={"Authorization": f"Bearer {token}"}).status_code == 401
