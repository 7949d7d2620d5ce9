import importlib
import os
import time

import jwt
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "unit-test-shared-secret-0123456789abcdef"
ISS = "https://auth.fitapp.example"


@pytest.fixture()
def client():
    mod.configure(SECRET, ISS)
    return TestClient(mod.app, raise_server_exceptions=False)


def _claims(**extra):
    return {"sub": "u-200", "iss": ISS, "exp": int(time.time()) + 600, **extra}


def test_token_signed_with_attacker_key_rejected(client):
    forged = jwt.encode(_claims(), "attacker-chosen-key-0123456789abcdef", algorithm="HS256")
    resp = client.get("/me", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code in (401, 403), "forged token accepted: account takeover"


def test_unsigned_alg_none_token_rejected(client):
    forged = jwt.encode(_claims(), None, algorithm="none")
    resp = client.get("/me", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code in (401, 403)


def test_expired_token_rejected(client):
    stale = jwt.encode(_claims(exp=int(time.time()) - 3600), SECRET, algorithm="HS256")
    resp = client.get("/me", headers={"Authorization": f"Bearer {stale}"})
    assert resp.status_code in (401, 403)
