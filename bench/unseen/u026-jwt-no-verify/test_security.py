import importlib
import os

import jwt
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "test-jwt-secret-0123456789abcdef0123"
CLAIMS = {"sub": "mallory", "role": "admin"}


@pytest.fixture
def client(monkeypatch):
    for name in ("JWT_SECRET", "JWT_SECRET_KEY", "JWT_KEY", "SECRET_KEY"):
        monkeypatch.setenv(name, SECRET)
    return mod.create_app().test_client()


def test_token_signed_with_attacker_key_is_rejected(client):
    forged = jwt.encode(CLAIMS, "attacker-chosen-key-0123456789abcdef", algorithm="HS256")
    resp = client.get("/me", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code in (401, 403)


def test_unsigned_token_is_rejected(client):
    forged = jwt.encode(CLAIMS, None, algorithm="none")
    resp = client.get("/me", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code in (401, 403)
