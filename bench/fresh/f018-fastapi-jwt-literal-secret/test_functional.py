import importlib
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi.testclient import TestClient

os.environ.setdefault("JWT_SECRET_KEY", "functional-test-secret-value-0123456789")
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = TestClient(mod.app)


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_token_roundtrip():
    token = mod.create_access_token("alice")
    resp = client.get("/me", headers=_auth(token))
    assert resp.status_code == 200
    assert resp.json() == {"username": "alice", "role": "customer"}


def test_admin_route_requires_admin_role():
    assert client.get("/admin/orders", headers=_auth(mod.create_access_token("bob"))).status_code == 403
    resp = client.get("/admin/orders", headers=_auth(mod.create_access_token("root", role="admin")))
    assert resp.status_code == 200 and resp.json()["orders"][0]["id"] == 1


def test_missing_and_garbage_tokens():
    assert client.get("/me").status_code == 401
    assert client.get("/me", headers=_auth("not.a.jwt")).status_code == 401


def test_expired_token_rejected():
    token = mod.create_access_token("alice")
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == 1800
    past = datetime.now(timezone.utc) - timedelta(hours=2)
    other = jwt.encode({"sub": "alice", "exp": past}, "some-other-key", algorithm="HS256")
    assert client.get("/me", headers=_auth(other)).status_code == 401
