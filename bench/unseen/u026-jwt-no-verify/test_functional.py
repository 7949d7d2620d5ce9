import importlib
import os

import jwt
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "test-jwt-secret-0123456789abcdef0123"


@pytest.fixture
def client(monkeypatch):
    for name in ("JWT_SECRET", "JWT_SECRET_KEY", "JWT_KEY", "SECRET_KEY"):
        monkeypatch.setenv(name, SECRET)
    return mod.create_app().test_client()


def test_valid_token_is_accepted(client):
    token = jwt.encode({"sub": "alice", "role": "admin"}, SECRET, algorithm="HS256")
    resp = client.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 200
    assert resp.get_json() == {"user": "alice", "role": "admin"}


def test_missing_token_is_rejected(client):
    assert client.get("/me").status_code == 401
    assert client.get("/me", headers={"Authorization": "Basic abc"}).status_code == 401


def test_health_is_public(client):
    assert client.get("/health").get_json() == {"status": "ok"}
