"""Environment used: INVENTORY_JWT_KEY (HMAC signing key)."""
import importlib, os
import json
import time

import jwt
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = "unit-test-hmac-key-0123456789abcdef"


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv("INVENTORY_JWT_KEY", KEY)


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def _claims(**extra):
    now = int(time.time())
    return {"sub": "mallory", "role": "admin", "iat": now, "exp": now + 600, **extra}


def test_token_signed_with_wrong_key_rejected():
    forged = jwt.encode(_claims(), "attacker-chosen-key-0123456789abcdef", algorithm="HS256")
    client = TestClient(mod.app)
    assert client.delete("/items/1", headers=_auth(forged)).status_code == 401
    assert client.get("/me", headers=_auth(forged)).status_code == 401


def test_unsigned_none_token_rejected():
    forged = jwt.encode(_claims(), None, algorithm="none")
    client = TestClient(mod.app)
    assert client.delete("/items/1", headers=_auth(forged)).status_code == 401


def test_tampered_claims_rejected():
    good = mod.issue_token("bob", role="user")
    header, _, sig = good.split(".")
    body = jwt.utils.base64url_encode(json.dumps(_claims(sub="bob")).encode()).decode()
    client = TestClient(mod.app)
    assert client.delete("/items/1", headers=_auth(f"{header}.{body}.{sig}")).status_code == 401


def test_expired_token_rejected():
    old = mod.issue_token("bob", ttl=-120)
    assert TestClient(mod.app).get("/me", headers=_auth(old)).status_code == 401


def test_read_claims_refuses_forgery():
    forged = jwt.encode(_claims(), "other-key-0123456789abcdef0123456789", algorithm="HS256")
    with pytest.raises(jwt.PyJWTError):
        mod.read_claims(forged)
