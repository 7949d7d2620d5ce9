import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = TestClient(mod.app)


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_valid_token():
    resp = client.get("/me", headers=_auth(mod.create_access_token("dana", "analyst")))
    assert resp.status_code == 200
    assert resp.json() == {"user": "dana", "role": "analyst"}


def test_admin_route():
    assert client.get("/admin/reports", headers=_auth(mod.create_access_token("root", "admin"))).status_code == 200
    assert client.get("/admin/reports", headers=_auth(mod.create_access_token("dana"))).status_code == 403


def test_missing_or_garbage_token():
    assert client.get("/me").status_code == 401
    assert client.get("/me", headers={"Authorization": "Basic abc"}).status_code == 401
    assert client.get("/me", headers=_auth("not-a-jwt")).status_code == 401
