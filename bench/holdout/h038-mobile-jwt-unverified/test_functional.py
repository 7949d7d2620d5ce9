import importlib
import os
import time

import jwt
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "unit-test-shared-secret-0123456789abcdef"
ISS = "https://auth.fitapp.example"


def token(sub="u-200", **extra):
    claims = {"sub": sub, "iss": ISS, "exp": int(time.time()) + 600, **extra}
    return jwt.encode(claims, SECRET, algorithm="HS256")


@pytest.fixture()
def client():
    mod.configure(SECRET, ISS)
    return TestClient(mod.app)


def test_me_returns_profile(client):
    resp = client.get("/me", headers={"Authorization": f"Bearer {token()}"})
    assert resp.status_code == 200
    assert resp.json() == {"id": "u-200", "name": "Marco", "plan": "premium"}


def test_workouts_scoped_to_user(client):
    resp = client.get("/workouts", headers={"Authorization": f"Bearer {token('u-100')}"})
    assert resp.json() == {"user": "u-100", "items": []}


def test_missing_or_garbage_token(client):
    assert client.get("/me").status_code == 401
    assert client.get("/me", headers={"Authorization": "Bearer not.a.jwt"}).status_code == 401
    assert client.get("/me", headers={"Authorization": f"Bearer {token('u-999')}"}).status_code == 404
